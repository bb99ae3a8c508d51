package io.parhub.procedure;

import io.parhub.ApplicationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The 415 demo procedures: loaded once, as one seed decision, keeping only what the data states. */
class ProcedureSeedTest extends ApplicationTest {

    private static final LocalDate AT = LocalDate.of(2026, 1, 1);

    @Autowired
    Procedures procedures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcedureSeedLoader loader;

    @Test
    void allProceduresAreLoadedOnceAsTheSeedDecision() {
        long seeded = jdbc.sql("""
                select count(*) from procedure_change c join procedure_decision d on d.id = c.decision_id
                where d.number = 'DVCQG-2026' and c.kind = 'NEW' and c.effective_from = date '2025-07-01'
                """).query(Long.class).single();
        assertThat(seeded).isEqualTo(415);
        loader.run(null);
        assertThat(jdbc.sql("select count(*) from procedure_decision where number = 'DVCQG-2026'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select issuer from procedure_decision where number = 'DVCQG-2026'")
                .query(String.class).single()).contains("dữ liệu mẫu");
        assertThat(procedures.changes(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)).added())
                .filteredOn(e -> e.decision().equals("DVCQG-2026")).hasSize(415);
    }

    @Test
    void birthRegistrationHasNoInventedDeadlineOrCounts() {
        Procedure birth = procedures.find("1.001193", AT).orElseThrow();
        ProcedureContent c = birth.content();
        assertThat(c.name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(c.field()).isEqualTo("Hộ tịch");
        assertThat(c.levels()).containsExactly(ProcedureLevel.COMMUNE);
        assertThat(c.processingTime()).isNull();
        assertThat(c.onlineMode()).isNull();
        assertThat(c.components()).hasSize(8).allSatisfy(k -> {
            assertThat(k.originals()).isNull();
            assertThat(k.copies()).isNull();
        });
        assertThat(c.legalBases()).hasSize(15).startsWith("85/2019/TT-BTC", "104/2022/NĐ-CP");
        assertThat(c.fees()).isEmpty();
        assertThat(c.feeText()).isEqualTo("Miễn phí");
        assertThat(birth.version().decision().number()).isEqualTo("DVCQG-2026");
        assertThat(birth.version().validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(c.portalUrl()).startsWith("https://dichvucong.gov.vn/");
    }

    @Test
    void deadlinesChannelsLevelsAndStepsFollowTheData() {
        ProcedureContent police = procedures.find("3.000400", AT).orElseThrow().content();
        assertThat(police.processingTime()).isEqualTo(ProcessingTime.of(2, TimeUnit.WORKING_DAYS));
        assertThat(police.levels()).containsExactly(ProcedureLevel.MINISTRY, ProcedureLevel.PROVINCE);
        assertThat(police.channels()).containsExactly(Channel.COUNTER, Channel.ONLINE, Channel.POST);
        assertThat(police.steps()).hasSize(3).first().asString().startsWith("Bước 1:");
        assertThat(police.nationalDecision()).isEqualTo("1842/QĐ-BCA");
        assertThat(police.applicantTypes()).containsExactly("Tổ chức (không bao gồm doanh nghiệp, HTX)");
        assertThat(police.competentAgency()).isEqualTo("Phòng Cảnh sát giao thông");
        assertThat(police.receivingAgency()).isEqualTo("Cục cảnh sát giao thông");

        assertThat(ProcedureSeed.steps("- Nếu nộp trực tiếp, người yêu cầu nộp hồ sơ. - Cán bộ tiếp nhận kiểm tra "
                + "hồ sơ; ghi ngày - giờ nhận. - Trả kết quả."))
                .containsExactly("Nếu nộp trực tiếp, người yêu cầu nộp hồ sơ.",
                        "Cán bộ tiếp nhận kiểm tra hồ sơ; ghi ngày - giờ nhận.", "Trả kết quả.");
        assertThat(procedures.find("1.001193", AT).orElseThrow().content().steps())
                .as("the birth registration steps come as separate items").hasSizeGreaterThan(3);

        assertThat(ProcedureSeed.time("15 Ngày", "")).isEqualTo(ProcessingTime.of(15, TimeUnit.CALENDAR_DAYS));
        assertThat(ProcedureSeed.time("4 Giờ", null)).isEqualTo(ProcessingTime.of(4, TimeUnit.WORKING_HOURS));
        assertThat(ProcedureSeed.time("Trực tiếp: 18 Ngày làm việc; Trực tuyến: 8 Ngày làm việc", "18"))
                .isEqualTo(new ProcessingTime(new java.math.BigDecimal("18"), TimeUnit.WORKING_DAYS,
                        "Trực tiếp: 18 Ngày làm việc; Trực tuyến: 8 Ngày làm việc"));
        assertThat(ProcedureSeed.time("Trực tiếp: 25 Ngày; Trực tuyến: 15 Ngày", ""))
                .isEqualTo(new ProcessingTime(null, null, "Trực tiếp: 25 Ngày; Trực tuyến: 15 Ngày"));
        assertThat(ProcedureSeed.time("", "")).isNull();
        assertThat(ProcedureSeed.levels("Cấp xã, Cơ quan khác")).containsExactly(ProcedureLevel.COMMUNE);

        long withTime = jdbc.sql("""
                select count(*) from procedure_version v join procedure_decision d on d.id = v.decision_id
                where d.number = 'DVCQG-2026' and (v.processing_amount is not null or v.processing_text is not null)
                """).query(Long.class).single();
        assertThat(withTime).isEqualTo(330); // README: deadline_text in 330 rows, working days in 214 of them
    }
}
