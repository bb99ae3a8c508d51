package io.parhub.dossier.export;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.Figures;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The statistical annex of a report as a table: a title, a two-level header (Đơn vị / Tổng số hồ sơ tiếp nhận: mới
 * tiếp nhận trực tiếp, trực tuyến, bưu chính, từ kỳ trước chuyển qua / Đã giải quyết: đúng hạn, quá hạn / Đang giải
 * quyết: chưa đến hạn, quá hạn / Rút, từ chối, dừng / Tỷ lệ đúng hạn), one row per group and a total row. The same
 * figures as the JSON of {@code /api/v1/stats/dossiers}; both files are written from this one model.
 */
public record StatisticsAnnex(String title, String note, List<Group> groups, List<String> headers,
        List<Line> lines, Line total) {

    /** A first-level header over {@code span} columns from {@code first}; {@code span} 1 = spans both header rows. */
    public record Group(String label, int first, int span) {
    }

    /** One row: its number (null in the total row), label, code and the figures in column order. */
    public record Line(@Nullable Integer number, String label, String code, List<@Nullable Number> values) {
    }

    /** The figure columns after No., label and code, in the annex's order: message key and value. */
    private record Column(String key, Function<Figures, @Nullable Number> value) {
    }

    private static final List<Column> RECEIVED = List.of(new Column("received", Figures::received),
            new Column("new-total", Figures::newTotal), new Column("new-counter", Figures::newCounter),
            new Column("new-online", Figures::newOnline), new Column("new-post", Figures::newPost),
            new Column("carried-over", Figures::carriedOver));
    private static final List<Column> RESOLVED = List.of(new Column("total", Figures::resolved),
            new Column("on-time", Figures::resolvedOnTime), new Column("late", Figures::resolvedLate));
    private static final List<Column> PENDING = List.of(new Column("total", Figures::pending),
            new Column("not-due", Figures::pendingNotDue), new Column("overdue", Figures::pendingOverdue));
    private static final List<Column> CLOSED = List.of(new Column("withdrawn", Figures::withdrawn),
            new Column("refused", Figures::refused), new Column("suspended", Figures::suspended));
    private static final Column RATE = new Column("on-time-rate", Figures::onTimeRate);

    /** A first-level heading and the columns under it. */
    private record Section(String key, List<Column> columns) {
    }

    private static final List<Section> SECTIONS = List.of(new Section("received", RECEIVED),
            new Section("resolved", RESOLVED), new Section("pending", PENDING), new Section("closed", CLOSED));

    /** Index of the first figure column: No., label and code come first. */
    public static final int FIRST_FIGURE = 3;

    public int width() {
        return headers.size();
    }

    /**
     * The annex of a report. {@code unitName} names what was counted (the drill-down agency, the unit, or null for
     * every agency).
     */
    public static StatisticsAnnex of(DossierStatistics.Report report, @Nullable String unitName,
            MessageSource messages, Locale locale) {
        DossierStatistics.Query q = report.query();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        DateTimeFormatter moment = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
        String unit = unitName != null ? unitName : msg(messages, locale, "stats.annex.all-units");
        String title = msg(messages, locale, "stats.annex.title", unit, q.from().format(day), q.to().format(day));
        String note = msg(messages, locale, "stats.annex.note", report.takenAt().format(moment));

        List<String> headers = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        headers.add(msg(messages, locale, "stats.annex.number"));
        groups.add(new Group(headers.get(0), 0, 1));
        headers.add(msg(messages, locale, "stats.annex.by." + q.groupBy().name().toLowerCase(Locale.ROOT)));
        groups.add(new Group(headers.get(1), 1, 1));
        headers.add(msg(messages, locale, "stats.annex.code"));
        groups.add(new Group(headers.get(2), 2, 1));
        List<Column> columns = new ArrayList<>();
        for (Section section : SECTIONS) {
            groups.add(new Group(msg(messages, locale, "stats.annex.group." + section.key()), headers.size(),
                    section.columns().size()));
            for (Column c : section.columns()) {
                headers.add(msg(messages, locale, "stats.annex.col." + section.key() + "." + c.key()));
                columns.add(c);
            }
        }
        groups.add(new Group(msg(messages, locale, "stats.annex.col." + RATE.key()), headers.size(), 1));
        headers.add(groups.get(groups.size() - 1).label());
        columns.add(RATE);

        List<Line> lines = new ArrayList<>();
        int n = 1;
        for (DossierStatistics.Row row : report.rows()) {
            lines.add(new Line(n++, label(row, q.groupBy(), messages, locale), row.key(),
                    values(columns, row.figures())));
        }
        Line total = new Line(null, msg(messages, locale, "stats.annex.total"), "", values(columns, report.total()));
        return new StatisticsAnnex(title, note, List.copyOf(groups), List.copyOf(headers), List.copyOf(lines), total);
    }

    /** How a row is named for people: channels, levels and months in words; agencies and procedures by name. */
    public static String label(DossierStatistics.Row row, GroupBy by, MessageSource messages, Locale locale) {
        return switch (by) {
            case CHANNEL -> messages.getMessage("stats.channel." + row.key(), null, row.label(), locale);
            case LEVEL -> row.key().isEmpty() ? msg(messages, locale, "stats.level.none")
                    : messages.getMessage("stats.level." + row.key(), null, row.label(), locale);
            case MONTH -> {
                LocalDate first = LocalDate.parse(row.key() + "-01");
                yield msg(messages, locale, "stats.month", String.format("%02d", first.getMonthValue()),
                        String.valueOf(first.getYear()));
            }
            case FIELD -> row.key().isEmpty() ? msg(messages, locale, "stats.field.none") : row.label();
            default -> row.label();
        };
    }

    private static List<@Nullable Number> values(List<Column> columns, Figures f) {
        List<@Nullable Number> values = new ArrayList<>();
        for (Column c : columns) {
            values.add(c.value().apply(f));
        }
        return values;
    }

    private static String msg(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A file name without spaces or diacritics: thong-ke-ho-so-UBND-92-2026-01-01-2026-06-30. */
    public static String fileName(DossierStatistics.Query q) {
        String what = q.agency() != null && !q.agency().isBlank() ? q.agency()
                : q.unit() != null && !q.unit().isBlank() ? q.unit() : "tat-ca";
        String by = q.groupBy() == GroupBy.AGENCY ? "" : "-theo-" + q.groupBy().name().toLowerCase(Locale.ROOT);
        String procedure = q.procedure() == null || q.procedure().isBlank() ? "" : "-" + q.procedure();
        return ("thong-ke-ho-so-" + what + procedure + "-" + q.from() + "-" + q.to() + by)
                .replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
