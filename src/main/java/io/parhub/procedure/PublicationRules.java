package io.parhub.procedure;

import io.parhub.procedure.store.FormStore;
import io.parhub.procedure.store.ProcedureStore;
import io.parhub.procedure.store.VersionRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a (normalised) decision against the catalogue and collects every error, so that a staff member or an
 * import sees all problems at once. Writes nothing.
 */
final class PublicationRules {

    /** National codes ("1.001193") and provincial ones ("1.004946.000.00.00.H51"). */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,63}");
    /** Two-tier local government from this day (Luật Tổ chức chính quyền địa phương 2025): no district level. */
    static final LocalDate NO_DISTRICTS_FROM = LocalDate.of(2025, 7, 1);
    static final int MAX_FORM_BYTES = 10 * 1024 * 1024;

    private final ProcedureStore procedures;
    private final FormStore forms;
    private final List<PublicationError> errors = new ArrayList<>();

    PublicationRules(ProcedureStore procedures, FormStore forms) {
        this.procedures = procedures;
        this.forms = forms;
    }

    List<PublicationError> check(PublicationDecision d) {
        errors.clear();
        required(-1, null, "number", d.number());
        required(-1, null, "issuer", d.issuer());
        if (d.signedOn() == null) {
            error(-1, null, "signedOn", "procedure.error.required");
        }
        if (d.effectiveFrom() == null) {
            error(-1, null, "effectiveFrom", "procedure.error.required");
        } else if (d.signedOn() != null && d.effectiveFrom().isBefore(d.signedOn())) {
            error(-1, null, "effectiveFrom", "procedure.error.effective-before-signed", d.signedOn().toString());
        }
        if (d.changes().isEmpty()) {
            error(-1, null, "changes", "procedure.error.no-changes");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.changes().size(); i++) {
            ProcedureChange change = d.changes().get(i);
            if (change == null) {
                error(i, null, "kind", "procedure.error.required");
                continue;
            }
            checkChange(i, change, d.effectiveFrom(), seen);
        }
        return List.copyOf(errors);
    }

    private void checkChange(int i, ProcedureChange change, @Nullable LocalDate day, Set<String> seen) {
        String code = change.code();
        if (code == null || code.isBlank()) {
            error(i, null, "code", "procedure.error.required");
            return;
        }
        if (!CODE.matcher(code).matches()) {
            error(i, code, "code", "procedure.error.code-format");
            return;
        }
        if (!seen.add(code)) {
            error(i, code, "code", "procedure.error.duplicate", code);
        }
        if (change.replaces() != null && !change.replaces().equals(code) && !seen.add(change.replaces())) {
            error(i, code, "replaces", "procedure.error.duplicate", change.replaces());
        }
        if (change.kind() == null) {
            error(i, code, "kind", "procedure.error.required");
            return;
        }
        if (day != null) {
            checkDates(i, change, day);
        }
        if (change.kind() == ChangeKind.ABOLISHED) {
            if (change.content() != null) {
                error(i, code, "content", "procedure.error.content-not-allowed");
            }
            if (change.replaces() != null) {
                error(i, code, "replaces", "procedure.error.replaces-not-allowed");
            }
        } else if (change.content() == null) {
            error(i, code, "content", "procedure.error.required");
        } else {
            if (change.kind() == ChangeKind.NEW && change.replaces() != null) {
                error(i, code, "replaces", "procedure.error.replaces-not-allowed");
            }
            checkContent(i, code, change.content(), day);
        }
    }

    private void checkDates(int i, ProcedureChange change, LocalDate day) {
        String code = change.code();
        boolean replacement = change.kind() == ChangeKind.AMENDED && change.replaces() != null
                && !change.replaces().equals(code);
        if (change.kind() == ChangeKind.NEW || replacement) {
            mustBeFree(i, code, "code", code, day);
        }
        if (change.kind() == ChangeKind.ABOLISHED || change.kind() == ChangeKind.AMENDED) {
            String target = replacement ? change.replaces() : code;
            mustBeCurrent(i, code, replacement ? "replaces" : "code", target, day);
        }
    }

    /** {@code target} may start a version on {@code day}: it does not exist then, and nothing comes later. */
    private void mustBeFree(int i, String code, String field, String target, LocalDate day) {
        Optional<VersionRow> latest = procedures.latest(target);
        if (latest.isEmpty()) {
            return;
        }
        VersionRow last = latest.get();
        if (last.validOn(day) || procedures.existsOn(target, day)) {
            error(i, code, field, "procedure.error.exists", target, day.toString());
        } else if (last.validTo() == null || last.validTo().isAfter(day)) {
            error(i, code, field, "procedure.error.later-version", target, last.validFrom().toString());
        }
    }

    /** {@code target} exists on {@code day} in its last version, which started before {@code day}. */
    private void mustBeCurrent(int i, String code, String field, String target, LocalDate day) {
        Optional<VersionRow> latest = procedures.latest(target);
        if (latest.isEmpty() || (latest.get().validTo() != null && !latest.get().validTo().isAfter(day))) {
            error(i, code, field, "procedure.error.not-found", target, day.toString());
            return;
        }
        VersionRow last = latest.get();
        if (last.validTo() != null || !last.validFrom().isBefore(day)) {
            LocalDate later = last.validTo() != null && !last.validFrom().isAfter(day) ? last.validTo()
                    : last.validFrom();
            error(i, code, field, "procedure.error.later-version", target, later.toString());
        }
    }

    private void checkContent(int i, String code, ProcedureContent c, @Nullable LocalDate day) {
        required(i, code, "content.name", c.name());
        required(i, code, "content.field", c.field());
        if (c.levels().isEmpty()) {
            error(i, code, "content.levels", "procedure.error.required");
        } else if (day != null && !day.isBefore(NO_DISTRICTS_FROM) && c.levels().contains(ProcedureLevel.DISTRICT)) {
            error(i, code, "content.levels", "procedure.error.no-district-level", NO_DISTRICTS_FROM.toString());
        }
        ProcessingTime time = c.processingTime();
        if (time != null) {
            if ((time.amount() == null) != (time.unit() == null)) {
                error(i, code, "content.processingTime", "procedure.error.time-incomplete");
            } else if (time.amount() != null && time.amount().signum() <= 0) {
                error(i, code, "content.processingTime.amount", "procedure.error.positive");
            } else if (time.amount() != null && time.amount().compareTo(new BigDecimal("999999")) > 0) {
                error(i, code, "content.processingTime.amount", "procedure.error.too-large");
            }
        }
        if (c.legacyOnlineLevel() != null && (c.legacyOnlineLevel() < 1 || c.legacyOnlineLevel() > 4)) {
            error(i, code, "content.legacyOnlineLevel", "procedure.error.online-level");
        }
        for (int f = 0; f < c.fees().size(); f++) {
            Fee fee = c.fees().get(f);
            required(i, code, "content.fees[" + f + "].description", fee.description());
            if (fee.amount() != null && fee.amount().signum() < 0) {
                error(i, code, "content.fees[" + f + "].amount", "procedure.error.negative");
            }
        }
        for (int k = 0; k < c.components().size(); k++) {
            checkComponent(i, code, "content.components[" + k + "]", c.components().get(k));
        }
    }

    private void checkComponent(int i, String code, String path, DossierComponent component) {
        required(i, code, path + ".name", component.name());
        if (component.originals() != null && component.originals() < 0) {
            error(i, code, path + ".originals", "procedure.error.negative");
        }
        if (component.copies() != null && component.copies() < 0) {
            error(i, code, path + ".copies", "procedure.error.negative");
        }
        FormTemplate form = component.form();
        if (form == null) {
            return;
        }
        required(i, code, path + ".form.fileName", form.fileName());
        required(i, code, path + ".form.contentType", form.contentType());
        if (form.content() == null) {
            if (form.sha256() == null || !forms.exists(form.sha256())) {
                error(i, code, path + ".form", "procedure.error.form-missing");
            }
        } else if (form.content().length == 0) {
            error(i, code, path + ".form.content", "procedure.error.form-empty");
        } else if (form.content().length > MAX_FORM_BYTES) {
            error(i, code, path + ".form.content", "procedure.error.form-too-large",
                    String.valueOf(MAX_FORM_BYTES / 1024 / 1024));
        } else if (form.sha256() != null && !form.sha256().equalsIgnoreCase(Fingerprint.sha256(form.content()))) {
            error(i, code, path + ".form.sha256", "procedure.error.form-hash");
        }
    }

    private void required(int i, @Nullable String code, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            error(i, code, field, "procedure.error.required");
        }
    }

    private void error(int i, @Nullable String code, String field, String key, String... args) {
        errors.add(new PublicationError(i, code, field, key, List.of(args)));
    }
}
