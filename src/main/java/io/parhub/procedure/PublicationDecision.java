package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publication decision (quyết định công bố thủ tục hành chính) with the changes it makes. Its number identifies
 * it: publishing the same number again with the same content is a harmless retry, with other content a conflict.
 *
 * @param number e.g. "1234/QĐ-UBND"
 * @param signedOn date of signature
 * @param signer who signed, e.g. "Chủ tịch UBND tỉnh"; null when not known
 * @param effectiveFrom the day every change takes effect (new versions start, old ones end)
 * @param issuer the issuing body, e.g. "Ủy ban nhân dân tỉnh Sóc Trăng"
 * @param note free text, e.g. the source of demo data
 */
public record PublicationDecision(String number, LocalDate signedOn, @Nullable String signer,
        LocalDate effectiveFrom, String issuer, @Nullable String note, List<ProcedureChange> changes) {

    public PublicationDecision {
        changes = Lists.copy(changes);
    }
}
