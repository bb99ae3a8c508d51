package io.parhub.procedure;

import io.parhub.ApplicationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Accent-insensitive, typo-tolerant search over the seed catalogue, with filters, paging and dates. */
class ProcedureSearchTest extends ApplicationTest {

    private static final LocalDate AT = LocalDate.of(2026, 1, 1);
    private static final String BIRTH = "1.001193";

    @Autowired
    Procedures procedures;

    @Autowired
    ProcedurePublications publications;

    @Test
    void unaccentedAndMisspelledTextFindsBirthRegistrationFirst() {
        for (String text : List.of("Đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH", "khai sihn",
                "dang ki khai sinh")) {
            List<String> codes = codes(procedures.search(ProcedureQuery.text(text, AT)));
            assertThat(codes).as(text).isNotEmpty();
            assertThat(codes.subList(0, Math.min(3, codes.size()))).as(text).contains(BIRTH);
        }
        assertThat(codes(procedures.search(ProcedureQuery.text("dang ky khai sinh", AT))).get(0)).isEqualTo(BIRTH);
        assertThat(procedures.search(ProcedureQuery.text("khai sinh", AT)).items().get(0).name())
                .containsIgnoringCase("khai sinh");
    }

    @Test
    void aCodeOrItsPrefixFindsTheProcedure() {
        assertThat(codes(procedures.search(ProcedureQuery.text(BIRTH, AT))).get(0)).isEqualTo(BIRTH);
        assertThat(codes(procedures.search(ProcedureQuery.text("1.00119", AT)))).contains(BIRTH);
    }

    @Test
    void unrelatedTextFindsNothingAndWildcardsAreLiteral() {
        assertThat(procedures.search(ProcedureQuery.text("xyzqwv", AT)).total()).isZero();
        assertThat(procedures.search(ProcedureQuery.text("%", AT)).total()).isZero();
    }

    @Test
    void filtersNarrowTheResult() {
        ProcedurePage civil = procedures.search(new ProcedureQuery(null, "Hộ tịch", null, null, null, AT, 0, 100));
        assertThat(civil.total()).isGreaterThanOrEqualTo(41);
        assertThat(civil.items()).extracting(ProcedureSummary::field).containsOnly("Hộ tịch");
        assertThat(codes(civil)).contains(BIRTH);

        ProcedurePage commune = procedures.search(new ProcedureQuery("khai sinh", "Hộ tịch", ProcedureLevel.COMMUNE,
                null, null, AT, 0, 100));
        assertThat(commune.items()).isNotEmpty().allSatisfy(s -> assertThat(s.levels())
                .contains(ProcedureLevel.COMMUNE));
        ProcedurePage province = procedures.search(new ProcedureQuery(null, null, ProcedureLevel.PROVINCE, null,
                null, AT, 0, 100));
        assertThat(province.items()).allSatisfy(s -> assertThat(s.levels()).contains(ProcedureLevel.PROVINCE));
        assertThat(codes(province)).doesNotContain(BIRTH);

        // agency: a substring, accents ignored, of the receiving or competent agency
        ProcedurePage police = procedures.search(new ProcedureQuery(null, null, null, "canh sat giao thong", null,
                AT, 0, 100));
        assertThat(police.total()).isPositive();
        assertThat(codes(police)).contains("3.000400");

        assertThat(procedures.search(new ProcedureQuery(null, null, null, null, OnlineMode.FULL, AT, 0, 100))
                .items()).allSatisfy(s -> assertThat(s.onlineMode()).isEqualTo(OnlineMode.FULL));
    }

    @Test
    void pagesAreStableAndCountTheWhole() {
        ProcedurePage first = procedures.search(new ProcedureQuery(null, "Đất đai", null, null, null, AT, 0, 10));
        ProcedurePage second = procedures.search(new ProcedureQuery(null, "Đất đai", null, null, null, AT, 1, 10));
        ProcedurePage beyond = procedures.search(new ProcedureQuery(null, "Đất đai", null, null, null, AT, 99, 10));
        assertThat(first.items()).hasSize(10);
        assertThat(first.total()).isGreaterThanOrEqualTo(48).isEqualTo(second.total()).isEqualTo(beyond.total());
        assertThat(codes(first)).doesNotContainAnyElementsOf(codes(second));
        assertThat(beyond.items()).isEmpty();
    }

    @Test
    void searchIsAsOfADate() {
        assertThat(procedures.search(ProcedureQuery.text("dang ky khai sinh", LocalDate.of(2025, 6, 30)))
                .items()).extracting(ProcedureSummary::code).doesNotContain(BIRTH);
        String code = TestProcedures.code();
        String name = "Cấp phép khai thác tổ yến thử " + code;
        publications.publish(TestProcedures.decision(LocalDate.of(2028, 1, 1),
                ProcedureChange.added(code, TestProcedures.content(name))), "tester");
        assertThat(codes(procedures.search(ProcedureQuery.text("to yen thu", LocalDate.of(2027, 12, 31)))))
                .doesNotContain(code);
        ProcedurePage later = procedures.search(ProcedureQuery.text("cap phep khai thac to yen", LocalDate.of(2028,
                1, 1)));
        assertThat(later.items().get(0).code()).isEqualTo(code);
        assertThat(later.items().get(0).processingTime()).isEqualTo(ProcessingTime.of(5, TimeUnit.WORKING_DAYS));
        assertThat(later.items().get(0).agency()).isEqualTo("Trung tâm Phục vụ hành chính công thử");
    }

    @Test
    void statsCountOncePerLevelAndChannel() {
        LocalDate day = LocalDate.of(2029, 3, 1);
        ProcedureStats before = procedures.stats(day);
        assertThat(before.total()).isGreaterThanOrEqualTo(415);
        assertThat(before.byLevel().province() + before.byLevel().commune()).isGreaterThan(before.total());
        String code = TestProcedures.code();
        publications.publish(TestProcedures.decision(day, ProcedureChange.added(code,
                TestProcedures.content("Thủ tục thống kê thử"))), "tester");
        ProcedureStats after = procedures.stats(day);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(after.byLevel().province()).isEqualTo(before.byLevel().province() + 1);
        assertThat(after.byLevel().commune()).isEqualTo(before.byLevel().commune() + 1);
        assertThat(after.byLevel().district()).isEqualTo(before.byLevel().district());
        assertThat(after.byOnlineMode().partial()).isEqualTo(before.byOnlineMode().partial() + 1);
        assertThat(after.byOnlineMode().notStated()).isEqualTo(before.byOnlineMode().notStated());
        assertThat(after.byChannel().counter()).isEqualTo(before.byChannel().counter() + 1);
        assertThat(after.byChannel().online()).isEqualTo(before.byChannel().online() + 1);
        assertThat(after.byChannel().post()).isEqualTo(before.byChannel().post());
        assertThat(procedures.stats(day.minusDays(1)).total()).isEqualTo(before.total());
    }

    private static List<String> codes(ProcedurePage page) {
        return page.items().stream().map(ProcedureSummary::code).toList();
    }
}
