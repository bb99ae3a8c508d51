package io.parhub.calendar.store;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks a holiday-rule command passes before anything is written.
 *
 * <p>Adding: a code and occasion in lower-case letters, digits and underscores; a name; a solar date that exists
 * every year (no 29/2) or a lunar date (month 1–12, day 1–30; day 30 of a 29-day month is its last day); 1–15 days;
 * an offset of at most 30 days; a first day in force after today (days that have passed keep their status) and
 * within 1900–2199; a last day, if any, not before the first; a legal basis; and no rule in force at the same time
 * for the same holiday (same rule code, which defaults to the occasion code) or on the same date.
 *
 * <p>Ending: a last day not before the rule's first day, not before today (the rule keeps applying to every day
 * that has passed) and earlier than the rule's current last day; the legal basis of the act that ends it.
 */
final class RuleValidator {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,49}");
    private static final int MAX_TEXT = 300;

    /** The rule an add command describes, or the problems that keep it from being added. */
    record Checked(@Nullable HolidayRule rule, List<RuleProblem> problems) {
    }

    private RuleValidator() {
    }

    static Checked add(RuleDraft draft, List<StoredRule> existing, LocalDate today) {
        List<RuleProblem> problems = new ArrayList<>();
        String occasion = draft.occasion().trim();
        if (!CODE.matcher(occasion).matches()) {
            problems.add(new RuleProblem("occasion", "calendar.rule.error.occasion", occasion));
        }
        String code = draft.code().isBlank() ? occasion : draft.code().trim();
        if (!draft.code().isBlank() && !CODE.matcher(code).matches()) {
            problems.add(new RuleProblem("code", "calendar.rule.error.code", code));
        }
        String name = draft.name().trim();
        if (name.isEmpty() || name.length() > MAX_TEXT) {
            problems.add(new RuleProblem("name", "calendar.rule.error.name", MAX_TEXT));
        }
        String nameEn = draft.nameEn().isBlank() ? name : draft.nameEn().trim();
        if (nameEn.length() > MAX_TEXT) {
            problems.add(new RuleProblem("nameEn", "calendar.rule.error.name", MAX_TEXT));
        }
        String basis = draft.dateBasis().trim();
        boolean lunar = basis.equals("lunar");
        if (!lunar && !basis.equals("solar")) {
            problems.add(new RuleProblem("dateBasis", "calendar.rule.error.date-basis", basis));
        }
        Integer month = integer(draft.month());
        if (month == null || month < 1 || month > 12) {
            problems.add(new RuleProblem("month", lunar ? "calendar.rule.error.lunar-month"
                    : "calendar.rule.error.solar-month", draft.month()));
            month = null;
        }
        Integer day = integer(draft.day());
        if (lunar && (day == null || day < 1 || day > 30)) {
            problems.add(new RuleProblem("day", "calendar.rule.error.lunar-day", draft.day()));
        } else if (!lunar && month != null && month == 2 && day != null && day == 29) {
            problems.add(new RuleProblem("day", "calendar.rule.error.leap-day"));
        } else if (!lunar && (day == null || day < 1
                || day > (month == null ? 31 : Month.of(month).length(false)))) {
            problems.add(new RuleProblem("day", "calendar.rule.error.solar-day", draft.day(),
                    month == null ? "" : month));
        }
        Integer offset = draft.startOffset().isBlank() ? Integer.valueOf(0) : integer(draft.startOffset());
        if (offset == null || offset < -30 || offset > 30) {
            problems.add(new RuleProblem("startOffset", "calendar.rule.error.offset", draft.startOffset()));
        }
        Integer days = integer(draft.days());
        if (days == null || days < 1 || days > 15) {
            problems.add(new RuleProblem("days", "calendar.rule.error.days", draft.days()));
        }
        LocalDate from = date(draft.validFrom());
        if (from == null || from.isBefore(FIRST) || from.isAfter(LAST)) {
            problems.add(new RuleProblem("validFrom", "calendar.rule.error.valid-from", draft.validFrom()));
            from = null;
        } else if (!from.isAfter(today)) {
            problems.add(new RuleProblem("validFrom", "calendar.rule.error.valid-from-past", from, today));
        }
        LocalDate to = null;
        if (!draft.validTo().isBlank()) {
            to = date(draft.validTo());
            if (to == null || to.isAfter(LAST)) {
                problems.add(new RuleProblem("validTo", "calendar.rule.error.valid-to", draft.validTo()));
                to = null;
            } else if (from != null && to.isBefore(from)) {
                problems.add(new RuleProblem("validTo", "calendar.rule.error.valid-to-before", to, from));
            }
        }
        String legalBasis = draft.legalBasis().trim();
        if (legalBasis.isEmpty() || legalBasis.length() > MAX_TEXT) {
            problems.add(new RuleProblem("legalBasis", "calendar.rule.error.legal-basis", MAX_TEXT));
        }
        String compensatory = draft.compensatoryBasis().trim();
        if (compensatory.isEmpty() || compensatory.length() > MAX_TEXT) {
            problems.add(new RuleProblem("compensatoryBasis", "calendar.rule.error.compensatory-basis", MAX_TEXT));
        }
        if (!problems.isEmpty() || from == null || month == null || day == null || offset == null || days == null) {
            return new Checked(null, problems);
        }
        HolidayRule rule = new HolidayRule(code, occasion, name, nameEn, lunar, month, day, offset, days,
                draft.adjacentDay(), from, to, legalBasis, compensatory);
        for (StoredRule other : existing) {
            HolidayRule o = other.rule();
            if (!overlap(rule, o)) {
                continue;
            }
            if (o.code().equals(rule.code())) {
                problems.add(new RuleProblem("validFrom", "calendar.rule.error.overlap", o.name(), o.code(),
                        o.validFrom(), o.validTo() == null ? "…" : o.validTo()));
            } else if (o.lunar() == rule.lunar() && o.month() == rule.month() && o.day() == rule.day()) {
                problems.add(new RuleProblem("day", "calendar.rule.error.same-date", o.name(), o.validFrom(),
                        o.validTo() == null ? "…" : o.validTo()));
            }
        }
        return new Checked(problems.isEmpty() ? rule : null, problems);
    }

    static List<RuleProblem> end(HolidayRule rule, @Nullable LocalDate validTo, String endBasis, LocalDate today) {
        List<RuleProblem> problems = new ArrayList<>();
        if (validTo == null) {
            problems.add(new RuleProblem("validTo", "calendar.rule.error.end-date"));
        } else if (rule.validTo() != null && !validTo.isBefore(rule.validTo())) {
            problems.add(new RuleProblem("validTo", "calendar.rule.error.end-not-earlier", rule.name(),
                    rule.validTo()));
        } else if (validTo.isBefore(rule.validFrom())) {
            problems.add(new RuleProblem("validTo", "calendar.rule.error.valid-to-before", validTo,
                    rule.validFrom()));
        } else if (validTo.isBefore(today)) {
            problems.add(new RuleProblem("validTo", "calendar.rule.error.end-past", validTo, today));
        }
        if (endBasis.isBlank() || endBasis.length() > MAX_TEXT) {
            problems.add(new RuleProblem("endBasis", "calendar.rule.error.end-basis", MAX_TEXT));
        }
        return problems;
    }

    private static boolean overlap(HolidayRule a, HolidayRule b) {
        boolean aStartsAfterB = b.validTo() != null && a.validFrom().isAfter(b.validTo());
        boolean bStartsAfterA = a.validTo() != null && b.validFrom().isAfter(a.validTo());
        return !aStartsAfterB && !bStartsAfterA;
    }

    static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
