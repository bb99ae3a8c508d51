package io.parhub.calendar.store;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an official schedule in the format of {@code seed/holidays/official-2024-2026.csv}:
 * {@code date,kind,occasion,legal_basis,source_url}. The occasion is free text as the announcements word it; it is
 * matched to the occasion code of a holiday rule by the rule's name, then by the usual words of the announcements.
 */
public final class ScheduleCsv {

    /** Parsed rows and the problems found; rows with a problem are left out. */
    public record Parsed(List<ScheduleDay> days, List<ScheduleProblem> problems) {
    }

    private ScheduleCsv() {
    }

    public static Parsed read(Reader csv, List<HolidayRule> rules) throws IOException {
        List<ScheduleDay> days = new ArrayList<>();
        List<ScheduleProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        int row = 0;
        for (CSVRecord record : format.parse(csv)) {
            row++;
            try {
                LocalDate date = LocalDate.parse(record.get("date"));
                ScheduleKind kind = ScheduleKind.ofCode(record.get("kind")).orElse(null);
                if (kind == null) {
                    problems.add(new ScheduleProblem(row, "calendar.schedule.error.kind", row, record.get("kind")));
                    continue;
                }
                String occasionName = record.get("occasion");
                String occasion = occasionOf(occasionName, rules);
                String url = record.isMapped("source_url") ? record.get("source_url") : null;
                days.add(new ScheduleDay(date, kind, occasion == null ? occasionName : occasion, occasionName,
                        record.get("legal_basis"), url == null || url.isBlank() ? null : url));
            } catch (DateTimeParseException e) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.date", row, record.get("date")));
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new ScheduleProblem(row, "calendar.schedule.error.columns", row));
            }
        }
        if (row == 0) {
            problems.add(new ScheduleProblem(0, "calendar.schedule.error.empty"));
        }
        return new Parsed(days, problems);
    }

    /** The occasion code for the wording of an announcement, or null when nothing matches. */
    public static @Nullable String occasionOf(String text, List<HolidayRule> rules) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        for (HolidayRule rule : rules) {
            if (rule.name().toLowerCase(Locale.ROOT).equals(t) || rule.occasion().equals(t)) {
                return rule.occasion();
            }
        }
        if (t.contains("dương lịch")) {
            return "new_year";
        }
        if (t.contains("âm lịch") || t.contains("nguyên đán")) {
            return "tet";
        }
        if (t.contains("giỗ tổ") || t.contains("hùng vương")) {
            return "hung_kings";
        }
        if (t.contains("30/4") || t.contains("1/5") || t.contains("chiến thắng") || t.contains("lao động")) {
            return "april30_may1";
        }
        if (t.contains("quốc khánh") || t.contains("2/9")) {
            return "national_day";
        }
        return null;
    }
}
