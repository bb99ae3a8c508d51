package io.parhub.feedback;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings {@code parhub.feedback.*}.
 *
 * @param provinceAgency the province whose office (Văn phòng UBND: kiểm soát TTHC, with the PAR office of Sở Nội vụ)
 *     receives, classifies, forwards and publishes feedback; its subtree holds the competent agencies (default
 *     {@code UBND-92}, Cần Thơ)
 * @param forwardWorkingDays classification and forwarding, from reception: 5 working days (Nghị định 20/2008/NĐ-CP)
 * @param answerWorkingDays the competent agency's answer, from forwarding: configuration, default 10 working days —
 *     the decree's own figure for the handling agency is not verified in parhub, set the province's rule here
 * @param dueSoonWorkingDays a pending deadline within this many working days counts as due soon (default 1)
 */
@ConfigurationProperties("parhub.feedback")
public record FeedbackSettings(@Nullable String provinceAgency, @Nullable Integer forwardWorkingDays,
        @Nullable Integer answerWorkingDays, @Nullable Integer dueSoonWorkingDays) {

    public FeedbackSettings {
        provinceAgency = provinceAgency == null || provinceAgency.isBlank() ? "UBND-92" : provinceAgency.strip();
        forwardWorkingDays = forwardWorkingDays == null ? 5 : forwardWorkingDays;
        answerWorkingDays = answerWorkingDays == null ? 10 : answerWorkingDays;
        dueSoonWorkingDays = dueSoonWorkingDays == null ? 1 : dueSoonWorkingDays;
    }
}
