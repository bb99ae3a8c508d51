package io.parhub.procedure.transfer;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.FormTemplate;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.PublicationError;
import io.parhub.procedure.PublicationRejected;
import io.parhub.procedure.PublicationResult;
import io.parhub.shared.AuditTrail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import of a catalogue file as one publication decision. A dry run reads the file, checks every row and asks the
 * core to validate the decision, and writes nothing. A real import does the same and, when there is no error at
 * all, publishes the decision once, records the file and audits, in one transaction: any error writes nothing.
 * The same file (SHA-256) with the same decision number, or the same decision content again, changes nothing.
 */
@Service
class CatalogueImport {

    private final ProcedurePublications publications;
    private final Procedures procedures;
    private final ImportStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CatalogueImport(ProcedurePublications publications, Procedures procedures, ImportStore store, AuditTrail audit,
            TransactionTemplate transaction) {
        this.publications = publications;
        this.procedures = procedures;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Not in a transaction of its own: the core's validation runs in a transaction that it marks rollback-only, so
     * nothing it touches can be written.
     */
    ImportReport dryRun(Upload upload, DecisionFields fields) {
        return check(upload, fields, true).report();
    }

    /**
     * Checks like a dry run, then publishes the decision, records the file and audits in one transaction.
     *
     * @throws ImportRejected with every error when the file or the decision has any; nothing is written
     */
    ImportReport importNow(Upload upload, DecisionFields fields, String actor) {
        Checked checked = check(upload, fields, false);
        if (!checked.report().valid()) {
            throw new ImportRejected(checked.report());
        }
        if (checked.report().alreadyImported() || checked.decision() == null) {
            return checked.report();
        }
        PublicationDecision decision = checked.decision();
        try {
            return transaction.execute(status -> publish(upload, decision, checked.report().rows(), actor));
        } catch (PublicationRejected e) {
            // the catalogue changed between the check and the publication: the publication's own check said no
            throw new ImportRejected(withErrors(checked.report(), coreErrors(e.errors(), checked.parsed())));
        }
    }

    private ImportReport publish(Upload upload, PublicationDecision decision, int rows, String actor) {
        PublicationResult result = publications.publish(decision, actor);
        ImportReport report = new ImportReport(false, upload.sha256(), upload.format(), upload.fileName(), rows,
                result.added().size(), result.amended().size(), result.abolished().size(), List.of(),
                result.replayed(), result.decisionId());
        store.recordImport(upload, result.number(), result.decisionId(), report, actor);
        if (!result.replayed()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("sha256", upload.sha256());
            details.put("fileName", String.valueOf(upload.fileName()));
            details.put("format", upload.format().name());
            details.put("decision", result.number());
            details.put("rows", report.rows());
            details.put("added", report.added());
            details.put("amended", report.amended());
            details.put("abolished", report.abolished());
            audit.record(actor, "procedure.import.completed", "procedure_decision",
                    String.valueOf(result.decisionId()), details);
        }
        return report;
    }

    private record Checked(ImportReport report, @Nullable PublicationDecision decision, ParsedFile parsed) {
    }

    private Checked check(Upload upload, DecisionFields fields, boolean dryRun) {
        RawTable table = CatalogueFiles.read(upload.format(), upload.content());
        ParsedFile parsed = RowParser.parse(table, upload.format() == TransferFormat.JSON ? 0 : 1);
        List<RowError> errors = new ArrayList<>(fields.errors());
        errors.addAll(parsed.errors());
        int rows = table.rows().size();
        PublicationDecision decision = null;
        Long imported = null;
        if (fields.errors().isEmpty()) {
            imported = store.importedDecision(upload.sha256(), fields.number()).orElse(null);
            LocalDate effective = fields.effectiveDate();
            List<ProcedureChange> changes = parsed.rows().stream()
                    .map(r -> keepForms(r.change(), effective)).toList();
            // no note from the file: the same changes from an XLSX, a CSV or a JSON file are the same decision
            decision = fields.decision(changes, null);
            if (imported == null && !changes.isEmpty()) {
                errors.addAll(coreErrors(publications.validate(decision), parsed));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        ImportReport report = new ImportReport(dryRun, upload.sha256(), upload.format(), upload.fileName(), rows,
                parsed.count(ChangeKind.NEW), parsed.count(ChangeKind.AMENDED), parsed.count(ChangeKind.ABOLISHED),
                errors, imported != null, imported);
        return new Checked(report, decision, parsed);
    }

    /**
     * Forms are files and do not travel in a catalogue file: an AMENDED row keeps the form of the component with
     * the same name in the version in force the day before the decision takes effect.
     */
    private ProcedureChange keepForms(ProcedureChange change, @Nullable LocalDate effective) {
        if (change.kind() != ChangeKind.AMENDED || change.content() == null || effective == null) {
            return change;
        }
        String previousCode = change.replaces() == null ? change.code() : change.replaces();
        Optional<Procedure> previous = procedures.find(previousCode, effective.minusDays(1));
        if (previous.isEmpty()) {
            return change;
        }
        Map<String, FormTemplate> forms = new LinkedHashMap<>();
        for (DossierComponent c : previous.get().content().components()) {
            if (c.form() != null) {
                forms.putIfAbsent(c.name(), c.form());
            }
        }
        if (forms.isEmpty()) {
            return change;
        }
        ProcedureContent c = change.content();
        List<DossierComponent> components = c.components().stream().map(component -> {
            FormTemplate form = forms.get(component.name());
            return form == null || component.form() != null ? component
                    : new DossierComponent(component.name(), component.originals(), component.copies(),
                            new FormTemplate(null, form.fileName(), form.contentType(), form.sha256(), form.size(),
                                    null));
        }).toList();
        return new ProcedureChange(change.kind(), change.code(), change.replaces(), new ProcedureContent(c.name(),
                c.field(), c.levels(), c.competentAgency(), c.receivingAgency(), c.steps(), components,
                c.processingTime(), c.fees(), c.feeText(), c.result(), c.requirements(), c.legalBases(),
                c.onlineMode(), c.legacyOnlineLevel(), c.channels(), c.applicantTypes(), c.nationalDecision(),
                c.portalUrl()));
    }

    /** The core's errors placed on the file's rows and columns. */
    static List<RowError> coreErrors(List<PublicationError> errors, ParsedFile parsed) {
        List<RowError> rows = new ArrayList<>();
        for (PublicationError e : errors) {
            int row = e.index() >= 0 && e.index() < parsed.rows().size() ? parsed.rows().get(e.index()).number() : 0;
            String column = e.index() < 0 ? e.field() : CoreFields.column(e.field());
            rows.add(new RowError(row, column, e.code(), e.messageKey(), e.args()));
        }
        return rows;
    }

    private static ImportReport withErrors(ImportReport report, List<RowError> errors) {
        return new ImportReport(report.dryRun(), report.sha256(), report.format(), report.fileName(), report.rows(),
                report.added(), report.amended(), report.abolished(), errors, false, null);
    }
}
