package io.parhub.procedure;

/**
 * The level of government that handles a procedure (cấp thực hiện). Districts exist until 30/6/2025 (two-tier
 * local government from 1/7/2025). MINISTRY ("Cấp bộ") is kept because national records list it beside the
 * local levels; the portal's "Cơ quan khác" is not a level and is not kept.
 */
public enum ProcedureLevel {
    MINISTRY, PROVINCE, DISTRICT, COMMUNE
}
