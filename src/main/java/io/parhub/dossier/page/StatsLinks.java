package io.parhub.dossier.page;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the dashboard: drill-down (unit → agency → procedure), ranking order and exports, each keeping
 * the unit and the period. An empty unit means every agency.
 */
public final class StatsLinks {

    private final String unit;
    private final StatsPeriod period;
    private final String sort;

    StatsLinks(@Nullable String unit, StatsPeriod period, String sort) {
        this.unit = unit == null ? "" : unit;
        this.period = period;
        this.sort = sort;
    }

    public String unit() {
        return page(null, null, sort);
    }

    public String agency(String code) {
        return page(code, null, sort);
    }

    public String procedure(@Nullable String agency, String code) {
        return page(agency, code, sort);
    }

    public String sorted(@Nullable String agency, String by) {
        return page(agency, null, by);
    }

    /** The open-data file of one table: {@code ext} xlsx or csv, grouped by {@code groupBy}. */
    public String export(String ext, String groupBy, @Nullable String agency, @Nullable String procedure) {
        return file("/api/v1/stats/dossiers." + ext, groupBy, agency, procedure);
    }

    /** The late dossiers of a drill-down as a file (staff only). */
    public String lateFile(String ext, @Nullable String agency, @Nullable String procedure) {
        return file("/api/v1/stats/late-dossiers." + ext, null, agency, procedure);
    }

    private String file(String path, @Nullable String groupBy, @Nullable String agency, @Nullable String procedure) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (!unit.isEmpty()) {
            b.queryParam("unit", unit);
        }
        b.queryParam("from", period.from()).queryParam("to", period.to());
        if (groupBy != null) {
            b.queryParam("groupBy", groupBy);
        }
        if (agency != null && !agency.isBlank()) {
            b.queryParam("agency", agency);
        }
        if (procedure != null && !procedure.isBlank()) {
            b.queryParam("procedure", procedure);
        }
        return b.encode().build().toUriString();
    }

    private String page(@Nullable String agency, @Nullable String procedure, String by) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/staff/stats").queryParam("unit", unit)
                .queryParam("period", period.preset());
        if ("custom".equals(period.preset())) {
            b.queryParam("from", period.from()).queryParam("to", period.to());
        }
        if (agency != null && !agency.isBlank()) {
            b.queryParam("agency", agency);
        }
        if (procedure != null && !procedure.isBlank()) {
            b.queryParam("procedure", procedure);
        }
        if (!"rate".equals(by)) {
            b.queryParam("sort", by);
        }
        return b.encode().build().toUriString();
    }
}
