package io.parhub.procedure.page;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Fee;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a staff form into a one-procedure publication decision. What cannot even be read (a date or a number that
 * is not one) is reported here with {@code procedure.page.error.*} keys; every rule of the catalogue is left to
 * {@link io.parhub.procedure.ProcedurePublications#validate}, so the form never has rules of its own.
 */
final class ProcedureFormReader {

    /** A problem of the form before the catalogue is asked: field of the form, message key, arguments. */
    record Unreadable(String field, String key, List<String> args) {
    }

    /** "50.000" or "1,200,000": thousands separators as written in Vietnam and in English. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private final List<Unreadable> problems = new ArrayList<>();
    /** The form row of each component that is published (blank rows are skipped). */
    private final List<Integer> componentRows = new ArrayList<>();

    List<Unreadable> problems() {
        return List.copyOf(problems);
    }

    /** The form row of the {@code index}-th published component, for errors the catalogue reports on it. */
    int componentRow(int index) {
        return index >= 0 && index < componentRows.size() ? componentRows.get(index) : -1;
    }

    /** The decision, or null when the header's dates cannot be read (the problems say why). */
    @Nullable PublicationDecision decision(DecisionHeader header, ProcedureChange change) {
        LocalDate signedOn = date("decision.signedOn", header.getSignedOn());
        LocalDate effectiveFrom = date("decision.effectiveFrom", header.getEffectiveFrom());
        if (signedOn == null || effectiveFrom == null) {
            return null;
        }
        return new PublicationDecision(header.getNumber(), signedOn, blankToNull(header.getSigner()), effectiveFrom,
                header.getIssuer(), blankToNull(header.getNote()), List.of(change));
    }

    ProcedureChange change(ChangeKind kind, String code, ProcedureForm form) {
        return new ProcedureChange(kind, code, null, content(form));
    }

    ProcedureContent content(ProcedureForm f) {
        return new ProcedureContent(f.getName(), f.getField(), enums(ProcedureLevel.class, f.getLevels()),
                blankToNull(f.getCompetentAgency()), blankToNull(f.getReceivingAgency()), lines(f.getSteps()),
                components(f.getComponents()), time(f), fees(f.getFees()), blankToNull(f.getFeeText()),
                blankToNull(f.getResult()), blankToNull(f.getRequirements()), lines(f.getLegalBases()),
                one(OnlineMode.class, f.getOnlineMode()), legacyLevel(f.getLegacyOnlineLevel()),
                enums(Channel.class, f.getChannels()), lines(f.getApplicantTypes()),
                blankToNull(f.getNationalDecision()), blankToNull(f.getPortalUrl()));
    }

    private List<DossierComponent> components(List<ComponentRow> rows) {
        List<DossierComponent> components = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            ComponentRow row = rows.get(r);
            row.holdUpload();
            if (row.blank()) {
                continue;
            }
            String field = "components[" + r + "]";
            componentRows.add(r);
            components.add(new DossierComponent(row.getName(), count(field, row.getOriginals()),
                    count(field, row.getCopies()), row.form()));
        }
        return components;
    }

    private @Nullable ProcessingTime time(ProcedureForm f) {
        BigDecimal amount = null;
        if (!f.getTimeAmount().isEmpty()) {
            amount = decimal(f.getTimeAmount());
            if (amount == null) {
                problems.add(new Unreadable("processingTime", "procedure.page.error.number",
                        List.of(f.getTimeAmount())));
            }
        }
        TimeUnit unit = one(TimeUnit.class, f.getTimeUnit());
        if (amount == null && unit == null && f.getTimeText().isEmpty()) {
            return null;
        }
        return new ProcessingTime(amount, unit, blankToNull(f.getTimeText()));
    }

    /** One fee per line: "description", "description | amount" or "description | amount | currency". */
    private List<Fee> fees(String text) {
        List<Fee> fees = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            BigDecimal amount = null;
            if (parts.length > 1 && !parts[1].isEmpty()) {
                amount = decimal(parts[1]);
                if (amount == null) {
                    problems.add(new Unreadable("fees", "procedure.page.error.fee", List.of(line)));
                    continue;
                }
            }
            String currency = parts.length > 2 && !parts[2].isEmpty() ? parts[2].toUpperCase(Locale.ROOT) : null;
            fees.add(new Fee(parts[0], amount, amount == null ? null : currency));
        }
        return fees;
    }

    private @Nullable Integer count(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new Unreadable(field, "procedure.page.error.number", List.of(value)));
            return null;
        }
    }

    private @Nullable Integer legacyLevel(String value) {
        return value.isEmpty() ? null : count("legacyOnlineLevel", value);
    }

    private @Nullable LocalDate date(String field, String value) {
        LocalDate date = AsOfDate.lenient(value);
        if (date == null) {
            problems.add(new Unreadable(field, value.isEmpty() ? "procedure.page.error.required"
                    : "procedure.page.error.date", List.of(value)));
        }
        return date;
    }

    private static @Nullable BigDecimal decimal(String value) {
        String v = value.replace(" ", "").replace("\u00a0", "");
        if (GROUPED.matcher(v).matches()) {
            v = v.replace(".", "").replace(",", "");
        } else {
            v = v.replace(',', '.');
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, List<String> names) {
        return names.stream().map(n -> one(type, n)).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static <E extends Enum<E>> @Nullable E one(Class<E> type, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name.strip())) {
                return constant;
            }
        }
        return null;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
