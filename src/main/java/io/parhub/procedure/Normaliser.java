package io.parhub.procedure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Puts a decision in canonical form before it is validated, fingerprinted and stored: text stripped, blank text
 * read as "not stated" (null), blank list items dropped, levels and channels without duplicates in enum order, a
 * processing time with nothing in it read as not stated. Two submissions that differ only in such noise are the
 * same decision.
 */
final class Normaliser {

    private Normaliser() {
    }

    static PublicationDecision decision(PublicationDecision d) {
        return new PublicationDecision(strip(d.number()), d.signedOn(), text(d.signer()), d.effectiveFrom(),
                strip(d.issuer()), text(d.note()), d.changes().stream().map(Normaliser::change).toList());
    }

    private static ProcedureChange change(ProcedureChange c) {
        String replaces = text(c.replaces());
        String code = strip(c.code());
        return new ProcedureChange(c.kind(), code, Objects.equals(replaces, code) ? null : replaces,
                c.content() == null ? null : content(c.content()));
    }

    static ProcedureContent content(ProcedureContent c) {
        return new ProcedureContent(strip(c.name()), strip(c.field()), c.levels().stream().distinct().sorted().toList(),
                text(c.competentAgency()), text(c.receivingAgency()), texts(c.steps()),
                c.components().stream().map(Normaliser::component).toList(), time(c.processingTime()),
                c.fees().stream().map(f -> new Fee(strip(f.description()), f.amount(),
                        f.amount() == null ? null : Objects.requireNonNullElse(text(f.currency()), "VND"))).toList(),
                text(c.feeText()), text(c.result()), text(c.requirements()), texts(c.legalBases()), c.onlineMode(),
                c.legacyOnlineLevel(), c.channels().stream().distinct().sorted().toList(), texts(c.applicantTypes()),
                text(c.nationalDecision()), text(c.portalUrl()));
    }

    private static DossierComponent component(DossierComponent c) {
        FormTemplate f = c.form();
        FormTemplate form = f == null ? null : new FormTemplate(null, strip(f.fileName()), strip(f.contentType()),
                f.sha256() == null ? null : f.sha256().strip().toLowerCase(java.util.Locale.ROOT), null, f.content());
        return new DossierComponent(strip(c.name()), c.originals(), c.copies(), form);
    }

    private static @Nullable ProcessingTime time(@Nullable ProcessingTime t) {
        if (t == null || (t.amount() == null && t.unit() == null && text(t.text()) == null)) {
            return null;
        }
        return new ProcessingTime(io.parhub.procedure.store.Rows.plain(t.amount()), t.unit(),
                text(t.text()));
    }

    private static List<String> texts(List<String> values) {
        return values.stream().map(Normaliser::text).filter(Objects::nonNull).toList();
    }

    /** Required text: stripped, but kept as given (even blank) so validation can name it. */
    @SuppressWarnings("NullAway")
    private static String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
