package io.parhub.planning;

/** Whose plan: the province's (issued by the People's Committee, drafted by the PAR office) or a unit's own. */
public enum PlanLevel {
    PROVINCE,
    UNIT
}
