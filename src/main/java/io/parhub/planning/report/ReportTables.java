package io.parhub.planning.report;

import io.parhub.dossier.Figures;
import io.parhub.planning.InspectionFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The tables of a report as labelled figures, in the reader's language: one list for the XLSX annexes and the
 * province's document, so that both show the same rows as the pages.
 */
final class ReportTables {

    /** @param value null when no module could answer ("no data yet") */
    record Line(String label, @Nullable Number value, boolean percent) {
    }

    record Table(String id, String title, List<Line> lines) {
    }

    private final MessageSource messages;
    private final Locale locale;

    ReportTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Table> unit(ReportFigures f) {
        List<Table> tables = new ArrayList<>();
        tables.add(dossiers(f.dossiers()));
        ReportFigures.Online o = f.online();
        tables.add(new Table("online", text("report.table.online"), List.of(
                count("report.annex.online.new-total", o.newTotal()),
                count("report.annex.online.new-online", o.newOnline()),
                percent("report.dossiers.online-rate", o.rate()),
                count("report.online.procedures-with-dossiers", o.proceduresWithDossiers()),
                count("report.online.procedures-with-online", o.proceduresWithOnline()),
                percent("report.online.procedure-share", o.procedureShare()))));
        tables.add(procedures(f.procedures()));
        tables.add(feedback(f.feedback()));
        tables.add(satisfaction(f.satisfaction()));
        tables.add(plan(f.plan()));
        tables.add(documents(f.documents()));
        return tables;
    }

    /** The province's report: sums over the accepted units, the catalogue, SIPAS and inspections of the province. */
    List<Table> province(ReportViews.ProvinceReport p) {
        Figures d = p.dossiers();
        return List.of(dossiers(d), new Table("online", text("report.table.online"), List.of(
                count("report.annex.online.new-total", d.newTotal()),
                count("report.annex.online.new-online", d.newOnline()),
                percent("report.dossiers.online-rate", d.onlineRate()))),
                procedures(p.procedures()), feedback(p.feedback()), satisfaction(p.satisfaction()), plan(p.plan()),
                documents(p.documents()), inspections(p.inspections()));
    }

    private Table dossiers(Figures f) {
        return new Table("dossiers", text("report.table.dossiers"), List.of(
                count("report.dossiers.received", f.received()), count("report.dossiers.carried-over", f.carriedOver()),
                count("report.dossiers.new", f.newTotal()), count("report.dossiers.online", f.newOnline()),
                count("report.dossiers.resolved-on-time", f.resolvedOnTime()),
                count("report.dossiers.resolved-late", f.resolvedLate()),
                count("report.dossiers.pending-not-due", f.pendingNotDue()),
                count("report.dossiers.pending-overdue", f.pendingOverdue()),
                percent("report.dossiers.on-time-rate", f.onTimeRate())));
    }

    private Table procedures(ReportFigures.@Nullable Procedures p) {
        return new Table("procedures", text("report.table.procedures"), List.of(
                count("report.procedures.total", p == null ? null : p.total()),
                count("report.annex.procedures.province", p == null ? null : p.province()),
                count("report.annex.procedures.district", p == null ? null : p.district()),
                count("report.annex.procedures.commune", p == null ? null : p.commune()),
                count("report.annex.procedures.online-full", p == null ? null : p.onlineFull()),
                count("report.annex.procedures.online-partial", p == null ? null : p.onlinePartial()),
                count("report.annex.procedures.added", p == null ? null : p.added()),
                count("report.annex.procedures.amended", p == null ? null : p.amended()),
                count("report.annex.procedures.abolished", p == null ? null : p.abolished())));
    }

    private Table feedback(ReportFigures.@Nullable Feedback f) {
        return new Table("feedback", text("report.table.feedback"), List.of(
                count("report.feedback.received", f == null ? null : f.received()),
                count("report.feedback.answered", f == null ? null : f.answered()),
                count("report.feedback.answered-late", f == null ? null : f.answeredLate()),
                count("report.feedback.open", f == null ? null : f.open())));
    }

    private Table satisfaction(ReportFigures.@Nullable Satisfaction s) {
        return new Table("satisfaction", text("report.table.satisfaction"), List.of(
                percent("report.annex.satisfaction.rate", s == null ? null : s.rate()),
                count("report.annex.satisfaction.responses", s == null ? null : (long) s.responses())));
    }

    private Table plan(ReportFigures.PlanProgress p) {
        return new Table("plan", text("report.table.plan"), List.of(count("report.plan.assignments", p.assignments()),
                count("report.plan.done", p.done()), count("report.plan.overdue", p.overdue())));
    }

    private Table documents(ReportFigures.@Nullable Documents d) {
        return new Table("documents", text("report.table.documents"), List.of(
                count("report.documents.sent", d == null ? null : d.sent()),
                count("report.documents.electronic", d == null ? null : d.electronic()),
                percent("report.documents.rate", d == null ? null : d.rate())));
    }

    private Table inspections(InspectionFigures i) {
        return new Table("inspections", text("report.table.inspections"), List.of(
                count("report.annex.inspections.planned", (long) i.unitsPlanned()),
                count("report.annex.inspections.visited", (long) i.unitsVisited()),
                count("report.inspections.findings", (long) i.findings()),
                count("report.inspections.recommendations", (long) i.recommendations()),
                count("report.inspections.done", (long) i.recommendationsDone()),
                count("report.inspections.overdue", (long) i.recommendationsOverdue())));
    }

    private Line count(String key, @Nullable Long value) {
        return new Line(text(key), value, false);
    }

    private Line percent(String key, @Nullable Number value) {
        return new Line(text(key), value, true);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
