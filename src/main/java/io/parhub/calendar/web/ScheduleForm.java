package io.parhub.calendar.web;

import io.parhub.calendar.store.HolidayRule;
import io.parhub.calendar.store.ScheduleCsv;
import io.parhub.calendar.store.ScheduleDay;
import io.parhub.calendar.store.ScheduleKind;
import io.parhub.calendar.store.ScheduleProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The admin form of one year's official schedule: the version it was loaded at and its rows. */
public class ScheduleForm {

    /** One editable row; strings so that a wrong value comes back to the form as typed. */
    public static class Row {
        private String date = "";
        private String kind = "";
        private String occasion = "";
        private String occasionName = "";
        private String legalBasis = "";
        private String sourceUrl = "";

        static Row of(ScheduleDay day) {
            Row row = new Row();
            row.date = day.date().toString();
            row.kind = day.kind().code();
            row.occasion = day.occasion();
            row.occasionName = day.occasionName();
            row.legalBasis = day.legalBasis();
            row.sourceUrl = day.sourceUrl() == null ? "" : day.sourceUrl();
            return row;
        }

        boolean blank() {
            return date.isBlank() && legalBasis.isBlank() && occasion.isBlank();
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date == null ? "" : date.trim(); }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind == null ? "" : kind; }
        public String getOccasion() { return occasion; }
        public void setOccasion(String occasion) { this.occasion = occasion == null ? "" : occasion; }
        public String getOccasionName() { return occasionName; }
        public void setOccasionName(String name) { this.occasionName = name == null ? "" : name; }
        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String basis) { this.legalBasis = basis == null ? "" : basis.trim(); }
        public String getSourceUrl() { return sourceUrl; }
        public void setSourceUrl(String url) { this.sourceUrl = url == null ? "" : url.trim(); }
    }

    private @Nullable Integer version;
    private List<Row> rows = new ArrayList<>();

    public @Nullable Integer getVersion() { return version; }
    public void setVersion(@Nullable Integer version) { this.version = version; }
    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }

    /**
     * The schedule days of the non-blank rows, and a problem for each row that cannot be read. The occasion name
     * typed in a CSV is kept when it still names the chosen occasion; otherwise the rules' names are used.
     */
    List<ScheduleDay> days(List<HolidayRule> rules, Map<String, String> occasionNames, List<ScheduleProblem> problems) {
        List<ScheduleDay> days = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int number = i + 1;
            if (row.blank()) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(row.date);
            } catch (DateTimeParseException e) {
                problems.add(new ScheduleProblem(number, "calendar.schedule.error.date", number, row.date));
                continue;
            }
            ScheduleKind kind = ScheduleKind.ofCode(row.kind).orElse(null);
            if (kind == null) {
                problems.add(new ScheduleProblem(number, "calendar.schedule.error.kind", number, row.kind));
                continue;
            }
            String name = !row.occasionName.isBlank() && row.occasion.equals(ScheduleCsv.occasionOf(row.occasionName,
                    rules)) ? row.occasionName : occasionNames.getOrDefault(row.occasion, row.occasion);
            days.add(new ScheduleDay(date, kind, row.occasion, name, row.legalBasis,
                    row.sourceUrl.isBlank() ? null : row.sourceUrl));
        }
        return days;
    }
}
