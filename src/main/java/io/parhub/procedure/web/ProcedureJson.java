package io.parhub.procedure.web;

import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Fee;
import io.parhub.procedure.FormTemplate;
import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureSummary;
import io.parhub.procedure.ProcedureVersion;
import io.parhub.procedure.ProcessingTime;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the public API. Levels, online modes and channels are lower-case words; a processing time is
 * {@code {amount, unit, text}} or null (= not stated).
 */
final class ProcedureJson {

    private ProcedureJson() {
    }

    record Summary(String code, String name, String field, List<String> levels, @Nullable String agency,
            @Nullable ProcessingTime processingTime, @Nullable String onlineMode) {

        static Summary of(ProcedureSummary s) {
            return new Summary(s.code(), s.name(), s.field(), s.levels().stream().map(Params::lower).toList(),
                    s.agency(), s.processingTime(), s.onlineMode() == null ? null : Params.lower(s.onlineMode()));
        }
    }

    record Page(List<Summary> items, long total, int page, int size) {
    }

    record Form(long id, String fileName, String contentType, @Nullable Long size, @Nullable String sha256,
            String url) {
    }

    record Component(String name, @Nullable Integer originals, @Nullable Integer copies, @Nullable Form form) {
    }

    record Detail(LocalDate at, String code, String name, String field, List<String> levels,
            @Nullable String competentAgency, @Nullable String receivingAgency, List<String> steps,
            List<Component> components, @Nullable ProcessingTime processingTime, List<Fee> fees,
            @Nullable String feeText, @Nullable String result, @Nullable String requirements,
            List<String> legalBases, @Nullable String onlineMode, @Nullable Integer legacyOnlineLevel,
            List<String> channels, List<String> applicantTypes, @Nullable String nationalDecision,
            @Nullable String portalUrl, ProcedureVersion version, List<ProcedureVersion> versions,
            @Nullable InternalProcessView process) {

        static Detail of(LocalDate at, Procedure p, List<ProcedureVersion> versions,
                @Nullable InternalProcessView process) {
            ProcedureContent c = p.content();
            return new Detail(at, p.code(), c.name(), c.field(), c.levels().stream().map(Params::lower).toList(),
                    c.competentAgency(), c.receivingAgency(), c.steps(),
                    c.components().stream().map(k -> component(p.code(), k)).toList(), c.processingTime(), c.fees(),
                    c.feeText(), c.result(), c.requirements(), c.legalBases(),
                    c.onlineMode() == null ? null : Params.lower(c.onlineMode()), c.legacyOnlineLevel(),
                    c.channels().stream().map(Params::lower).toList(), c.applicantTypes(), c.nationalDecision(),
                    c.portalUrl(), p.version(), versions, process);
        }

        private static Component component(String code, DossierComponent k) {
            FormTemplate f = k.form();
            Form form = f == null || f.id() == null ? null : new Form(f.id(), f.fileName(), f.contentType(),
                    f.size(), f.sha256(), "/api/v1/procedures/" + code + "/forms/" + f.id());
            return new Component(k.name(), k.originals(), k.copies(), form);
        }
    }
}
