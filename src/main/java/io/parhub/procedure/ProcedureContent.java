package io.parhub.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one version of a procedure says: the content a NEW or AMENDED entry of a decision publishes, and what a
 * reader gets back. Lists are never null (empty = none stated); nullable fields are null when not stated.
 *
 * @param field lĩnh vực, e.g. "Hộ tịch"
 * @param competentAgency cơ quan có thẩm quyền
 * @param receivingAgency cơ quan thực hiện / tiếp nhận
 * @param steps trình tự thực hiện, in order
 * @param feeText the fees as published, verbatim (the structured {@code fees} may be empty when only text exists)
 * @param legalBases document numbers, e.g. "123/2015/NĐ-CP"
 * @param onlineMode after Nghị định 42/2022; null = not stated
 * @param legacyOnlineLevel 1–4 before Nghị định 42/2022; null = not stated
 * @param nationalDecision the ministry decision that published the national record, e.g. "1842/QĐ-BCA"
 */
public record ProcedureContent(
        String name,
        String field,
        List<ProcedureLevel> levels,
        @Nullable String competentAgency,
        @Nullable String receivingAgency,
        List<String> steps,
        List<DossierComponent> components,
        @Nullable ProcessingTime processingTime,
        List<Fee> fees,
        @Nullable String feeText,
        @Nullable String result,
        @Nullable String requirements,
        List<String> legalBases,
        @Nullable OnlineMode onlineMode,
        @Nullable Integer legacyOnlineLevel,
        List<Channel> channels,
        List<String> applicantTypes,
        @Nullable String nationalDecision,
        @Nullable String portalUrl) {

    public ProcedureContent {
        levels = Lists.copy(levels);
        steps = Lists.copy(steps);
        components = Lists.copy(components);
        fees = Lists.copy(fees);
        legalBases = Lists.copy(legalBases);
        channels = Lists.copy(channels);
        applicantTypes = Lists.copy(applicantTypes);
    }
}
