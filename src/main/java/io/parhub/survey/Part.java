package io.parhub.survey;

/** The two parts of the SIPAS grid: policies (part I) and the public administrative service (part II). */
public enum Part {
    POLICY, SERVICE
}
