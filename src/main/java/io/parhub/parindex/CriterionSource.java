package io.parhub.parindex;

/** Where the points of a criterion come from. */
public enum CriterionSource {
    /** Tự đánh giá: the unit scores itself with evidence; the council appraises. */
    SELF,
    /** Thẩm định: the council scores it from other agencies' reports. */
    APPRAISED,
    /** Điều tra xã hội học: a survey (SIPAS from parhub's survey module, or a survey run elsewhere). */
    SURVEY,
    /** Computed from parhub's own data with the formula stored next to the criterion. */
    COMPUTED
}
