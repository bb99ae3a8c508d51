package io.parhub.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.Figures;
import io.parhub.planning.Inspections;
import io.parhub.planning.Plans;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Periods, the unit workflow, frozen figures, the province's sums, who may do what, versions, audit; 2037 data. */
class ReportTest extends ReportTestSupport {

    @Autowired
    DossierStatistics statistics;

    @Autowired
    ReportFiguresSource source;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inspections inspections;

    private static void refused(ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.type()).isEqualTo(type));
    }

    @Test
    void aDeadlineOnADayOffMovesAndALateReportIsFlagged() throws Exception {
        // due Saturday 4/4/2037: the period ends at the end of Monday 6/4 (BLDS 2015 Điều 148 khoản 5)
        ReportViews.Period q1 = period(ReportKind.QUARTER, 1, LocalDate.of(2037, 4, 4), "STP-92");
        assertThat(q1.startsOn()).isEqualTo(LocalDate.of(2037, 1, 1));
        assertThat(q1.endsOn()).isEqualTo(LocalDate.of(2037, 3, 31));
        assertThat(q1.effectiveDueOn()).isEqualTo(LocalDate.of(2037, 4, 6))
                .isEqualTo(plans.effectiveDeadline(q1.dueOn()));

        assertThat(reader.overview(q1.id(), LocalDateTime.of(2037, 4, 6, 17, 0)).units().get(0))
                .extracting(ReportViews.UnitRow::status, ReportViews.UnitRow::late)
                .containsExactly(ReportStatus.NOT_STARTED, false);
        assertThat(reader.overview(q1.id(), LocalDateTime.of(2037, 4, 7, 8, 0)).units().get(0).late()).isTrue();

        as(FOCAL);
        ReportViews.UnitReport draft = service.start(q1.id(), "STP-92", LocalDateTime.of(2037, 4, 7, 9, 0));
        ReportViews.UnitReport sent = service.submit(draft.id(), draft.version(), LocalDateTime.of(2037, 4, 7, 10, 0));
        assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sent.late()).isTrue();
        as(OFFICE);
        ReportViews.UnitRow row = reader.overview(q1.id(), LocalDateTime.of(2037, 4, 8, 9, 0)).units().get(0);
        assertThat(row.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(row.late()).isTrue();
        assertThat(row.submittedAt()).isEqualTo(LocalDateTime.of(2037, 4, 7, 10, 0));

        // the office's list page shows the moved deadline and the period's counts
        String list = mvc.perform(MockMvcRequestBuilders.get("/staff/reports").param("year", "2037")
                .with(user(users.loadUserByUsername(OFFICE)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Quý 1 năm 2037", "04/04/2037", "hạn thực tế 06/04/2037", "new-period-form");
    }

    @Test
    void theDocumentsRateIsRoundedHalfUpToTwoDecimals() throws Exception {
        // seed 002: 5,816 documents sent, 4,819 of them electronically: 82.86%
        assertThat(ReportFigures.Documents.of(5816, 4819).rate()).isEqualByComparingTo(new BigDecimal("82.86"));
        assertThat(ReportFigures.Documents.of(3, 2).rate()).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(ReportFigures.Documents.of(8, 1).rate()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(ReportFigures.Documents.of(0, 0).rate()).isNull();

        ReportViews.Period year = period(ReportKind.YEAR, 1, LocalDate.of(2037, 12, 31), "STP-92");
        assertThat(year.startsOn()).isEqualTo(LocalDate.of(2037, 1, 1));
        as(FOCAL);
        ReportViews.UnitReport r = service.start(year.id(), "STP-92", JANUARY);
        assertThat(r.figures().documents()).isNull();
        refused(() -> service.edit(r.id(), edit(r.version(), "direction", "x", 10L, 11L), JANUARY),
                "report-documents");
        ReportViews.UnitReport saved = service.edit(r.id(), edit(r.version(), "direction",
                "Ban hành kế hoạch CCHC năm 2037.", 5816L, 4819L), JANUARY);
        assertThat(saved.figures().documents()).isEqualTo(ReportFigures.Documents.of(5816, 4819));
        assertThat(saved.figures().documents().rate()).isEqualByComparingTo(new BigDecimal("82.86"));
        assertThat(jdbc.sql("select sent, electronic from report_documents where period_id = :p and agency_code = 'STP-92'")
                .param("p", year.id()).query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single())
                .isEqualTo("5816/4819");

        var focal = user(users.loadUserByUsername(FOCAL));
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + r.id()).with(focal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("82,86%", "5.816", "Ban hành kế hoạch CCHC năm 2037.", "id=\"report-form\"",
                "Chưa có số liệu");
        String en = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + r.id()).param("lang", "en")
                .with(focal)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("82.86%", "Electronic documents rate", "Year 2037");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/reports/" + r.id()).with(focal))
                .andExpect(status().isOk()).andExpect(jsonPath("$.figures.documents.rate").value(82.86))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        byte[] docx = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + r.id() + ".docx").with(focal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TƯ PHÁP",
                    "Kết quả thực hiện công tác cải cách hành chính Năm 2037", "I. Công tác chỉ đạo",
                    "Ban hành kế hoạch CCHC năm 2037.", "82.86%", "5816");
        }
    }

    @Test
    void thePrefilledDossierTableIsTheStatisticsOfTheUnitAndPeriod() {
        ReportViews.Period half = period(ReportKind.HALF_YEAR, 1, LocalDate.of(2037, 7, 15), "STP-92");
        assertThat(half.endsOn()).isEqualTo(LocalDate.of(2037, 6, 30));
        as(FOCAL);
        ReportViews.UnitReport r = service.start(half.id(), "STP-92", JANUARY);
        // 2037 has not begun: no dossier yet, and the statistics module is not asked about the future
        assertThat(r.figures().dossiers()).isEqualTo(Figures.ZERO);
        assertThat(r.frozen()).isFalse();

        // the same source over past periods counts exactly what the statistics module counts for the subtree
        as(OFFICE);
        for (String unit : new String[] {"STP-92", "UBND-92"}) {
            LocalDate from = LocalDate.of(2025, 7, 1);
            LocalDate to = LocalDate.now();
            ReportFigures f = source.compute(unit, from, to, 2026, null, LocalDateTime.now());
            Figures expected = statistics.report(ReportFiguresSource.query(unit, from, to)).total();
            assertThat(f.dossiers()).isEqualTo(expected);
            assertThat(f.online().newTotal()).isEqualTo(expected.newTotal());
            assertThat(f.online().proceduresWithDossiers()).isEqualTo(statistics.online(
                    ReportFiguresSource.query(unit, from, to)).proceduresWithDossiers());
        }
        Figures expected = Figures.ZERO;

        // submitted: the figures are frozen as sent, with the moment they were taken
        as(FOCAL);
        LocalDateTime at = LocalDateTime.of(2037, 7, 1, 9, 30);
        ReportViews.UnitReport sent = service.submit(r.id(), r.version(), at);
        assertThat(sent.frozen()).isTrue();
        assertThat(sent.figures().takenAt()).isEqualTo(at);
        assertThat(sent.figures().dossiers()).isEqualTo(expected);
        assertThat(reader.report(r.id(), LocalDateTime.of(2037, 9, 1, 9, 0)).figures().takenAt()).isEqualTo(at);
        assertThat(sent.late()).isFalse();
    }

    @Test
    void theProvinceReportSumsTheAcceptedUnits() throws Exception {
        secondFocalPoint();
        ReportViews.Period half = period(ReportKind.HALF_YEAR, 2, LocalDate.of(2038, 1, 15), "STP-92", "VPUB-92");
        as(FOCAL);
        ReportViews.UnitReport stp = service.start(half.id(), "STP-92", JANUARY);
        stp = service.edit(stp.id(), edit(stp.version(), "direction", "Sở Tư pháp: ban hành kế hoạch.", 5816L, 4819L),
                JANUARY);
        stp = service.submit(stp.id(), stp.version(), LocalDateTime.of(2038, 1, 5, 9, 0));
        as(FOCAL_VPUB);
        ReportViews.UnitReport vpub = service.start(half.id(), "VPUB-92", JANUARY);
        vpub = service.edit(vpub.id(), edit(vpub.version(), "direction", "Văn phòng: họp giao ban.", 1000L, 500L),
                JANUARY);
        vpub = service.submit(vpub.id(), vpub.version(), LocalDateTime.of(2038, 1, 6, 9, 0));

        as(OFFICE);
        LocalDateTime now = LocalDateTime.of(2038, 1, 10, 9, 0);
        assertThat(reader.overview(half.id(), now).province().acceptedUnits()).isZero();
        service.accept(stp.id(), stp.version(), now);
        ReportViews.ProvinceReport one = reader.overview(half.id(), now).province();
        assertThat(one.acceptedUnits()).isEqualTo(1);
        assertThat(one.documents()).isEqualTo(ReportFigures.Documents.of(5816, 4819));

        service.accept(vpub.id(), vpub.version(), now);
        ReportViews.Overview overview = reader.overview(half.id(), now);
        ReportViews.ProvinceReport both = overview.province();
        ReportFigures a = reader.report(stp.id(), now).figures();
        ReportFigures b = reader.report(vpub.id(), now).figures();
        assertThat(both.agencyCodes()).containsExactly("STP-92", "VPUB-92");
        assertThat(both.dossiers()).isEqualTo(a.dossiers().plus(b.dossiers()));
        assertThat(both.feedback()).isEqualTo(a.feedback().plus(b.feedback()));
        assertThat(both.plan()).isEqualTo(a.plan().plus(b.plan()));
        assertThat(both.documents()).isEqualTo(ReportFigures.Documents.of(6816, 5319));
        assertThat(both.documents().rate()).isEqualByComparingTo(new BigDecimal("78.04"));
        assertThat(both.sections().get(0).key()).isEqualTo("direction");
        assertThat(both.sections().get(0).units()).extracting(ReportViews.UnitText::text)
                .containsExactly("Sở Tư pháp: ban hành kế hoạch.", "Văn phòng: họp giao ban.");
        assertThat(overview.units()).extracting(ReportViews.UnitRow::status)
                .containsExactly(ReportStatus.ACCEPTED, ReportStatus.ACCEPTED);
        // the inspections of the year are the province's own figures, from the inspections facade
        assertThat(both.inspections()).isEqualTo(inspections.figures(2037, half.endsOn()));
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id())
                .with(user(users.loadUserByUsername(OFFICE)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("6 tháng cuối năm 2037", "Tổng hợp từ 2/2 báo cáo", "78,04%",
                "Văn phòng: họp giao ban.", "table-inspections");
        mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id())
                .with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'planning.report-accepted' "
                + "and subject_id in (:a, :b)").param("a", String.valueOf(stp.id()))
                .param("b", String.valueOf(vpub.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void eachRoleMayDoOnlyItsPart() throws Exception {
        as(FOCAL);
        refused(() -> service.createPeriod(new ReportService.NewPeriod(ReportKind.QUARTER, 2037, 3, null, null,
                LocalDate.of(2037, 10, 15), java.util.List.of("STP-92")), JANUARY), "report-role");
        var focal = user(users.loadUserByUsername(FOCAL));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports/periods").with(csrf()).with(focal)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"QUARTER","year":2037,"number":3,"dueOn":"2037-10-15","agencyCodes":["STP-92"]}"""))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("report-role")));

        ReportViews.Period q3 = period(ReportKind.QUARTER, 3, LocalDate.of(2037, 10, 15), "STP-92");
        refused(() -> service.start(q3.id(), "STP-92", JANUARY), "report-role");
        as(FOCAL);
        refused(() -> service.start(q3.id(), "SNV-92", JANUARY), "report-role");
        ReportViews.UnitReport r = service.start(q3.id(), "STP-92", JANUARY);
        assertThat(r.actions()).isEqualTo(new ReportViews.Actions(true, true, false));
        ReportViews.UnitReport sent = service.submit(r.id(), r.version(), JANUARY);
        refused(() -> service.edit(r.id(), edit(sent.version(), "direction", "x", null, null), JANUARY),
                "report-not-editable");
        refused(() -> service.accept(r.id(), sent.version(), JANUARY), "report-role");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports/" + r.id() + "/return").with(csrf()).with(focal)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + sent.version()
                        + ",\"remark\":\"x\"}")).andExpect(status().isForbidden());

        as(LEADER);
        assertThat(reader.report(r.id(), JANUARY).actions()).isEqualTo(new ReportViews.Actions(false, false, false));
        refused(() -> service.returnReport(r.id(), sent.version(), "x", JANUARY), "report-role");

        as(OFFICE);
        assertThat(reader.report(r.id(), JANUARY).actions().decide()).isTrue();
        refused(() -> service.returnReport(r.id(), sent.version(), " ", JANUARY), "report-remark-required");
        refused(() -> service.submit(r.id(), sent.version(), JANUARY), "report-role");
        ReportViews.UnitReport back = service.returnReport(r.id(), sent.version(), "Bổ sung số liệu văn bản.", JANUARY);
        assertThat(back.status()).isEqualTo(ReportStatus.RETURNED);
        refused(() -> service.accept(r.id(), back.version(), JANUARY), "report-not-submitted");

        // returned: the unit edits and sends it again; the remark stays visible
        as(FOCAL);
        ReportViews.UnitReport again = service.edit(r.id(), edit(back.version(), "direction", "Đã bổ sung.", 10L, 9L),
                JANUARY);
        again = service.submit(r.id(), again.version(), JANUARY);
        assertThat(again.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(again.returnRemark()).isEqualTo("Bổ sung số liệu văn bản.");
        assertThat(again.figures().documents()).isEqualTo(ReportFigures.Documents.of(10, 9));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        ReportViews.Period q4 = period(ReportKind.QUARTER, 4, LocalDate.of(2038, 1, 10), "STP-92");
        as(FOCAL);
        ReportViews.UnitReport r = service.start(q4.id(), "STP-92", JANUARY);
        ReportViews.UnitReport first = service.edit(r.id(), edit(r.version(), "assessment", "Bản đầu.", 5L, 4L),
                JANUARY);
        assertThat(first.version()).isEqualTo(r.version() + 1);
        refused(() -> service.edit(r.id(), edit(r.version(), "assessment", "Bản cũ ghi đè.", 7L, 1L), JANUARY),
                "report-stale");
        ReportViews.UnitReport now = reader.report(r.id(), JANUARY);
        assertThat(now.sections()).filteredOn(s -> s.key().equals("assessment"))
                .extracting(ReportViews.Section::text).containsExactly("Bản đầu.");
        assertThat(now.figures().documents()).isEqualTo(ReportFigures.Documents.of(5, 4));
        refused(() -> service.submit(r.id(), r.version(), JANUARY), "report-stale");
        ReportViews.UnitReport sent = service.submit(r.id(), first.version(), LocalDateTime.of(2038, 1, 12, 9, 0));
        // due Sunday 10/1/2038: moved to Monday 11/1; sent on Tuesday 12/1 is late
        assertThat(sent.late()).isTrue();
        as(OFFICE);
        refused(() -> service.accept(r.id(), first.version(), JANUARY), "report-stale");
        assertThat(service.accept(r.id(), sent.version(), JANUARY).status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(jdbc.sql("select count(*) from shared_audit_event where subject_type = 'unit_report' "
                + "and subject_id = :id").param("id", String.valueOf(r.id())).query(Long.class).single())
                .isEqualTo(4);
    }
}
