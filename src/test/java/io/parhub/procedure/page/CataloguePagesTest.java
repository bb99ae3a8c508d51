package io.parhub.procedure.page;

import io.parhub.ApplicationTest;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The public search and procedure pages, rendered by the real templates over the seed and test procedures. */
class CataloguePagesTest extends ApplicationTest {

    private static final Pattern RESULT_CODE = Pattern.compile("class=\"procedure-result\" data-code=\"([^\"]+)\"");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Procedures procedures;

    @Test
    void typingWithoutAccentsFindsBirthRegistration() {
        // the national record's name is "Thủ tục đăng ký khai sinh"
        var response = get("/procedures?q=dang+ky+khai+sinh");
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("id=\"procedure-search\"", "name=\"q\"", "id=\"procedure-search-submit\"",
                "value=\"dang ky khai sinh\"", "class=\"procedure-link\"", "đăng ký khai sinh</a>",
                "Tìm thấy", "xếp theo mức độ phù hợp");
        assertThat(codes(page)).contains("1.001193");
        // a typo still finds it
        assertThat(codes(get("/procedures?q=khai+sihn").body())).contains("1.001193");
    }

    @Test
    void filtersNarrowTheResults() {
        String field = "Lĩnh vực trang " + PageFixtures.tag();
        String agency = "Sở Thử trang " + PageFixtures.tag();
        String province = PageFixtures.code();
        String commune = PageFixtures.code();
        LocalDate from = LocalDate.of(2026, 1, 1);
        publications.publish(PageFixtures.decision(from,
                ProcedureChange.added(province, PageFixtures.content("Cấp phép trang tỉnh", field,
                        List.of(ProcedureLevel.PROVINCE), agency, ProcessingTime.of(5, TimeUnit.WORKING_DAYS),
                        OnlineMode.FULL)),
                ProcedureChange.added(commune, PageFixtures.content("Cấp phép trang xã", field,
                        List.of(ProcedureLevel.COMMUNE), "Ủy ban nhân dân cấp xã", null, null))), "tester");

        String f = "field=" + enc(field) + "&at=2026-02-01";
        assertThat(codes(get("/procedures?" + f).body())).containsExactlyInAnyOrder(province, commune);
        assertThat(codes(get("/procedures?" + f + "&level=COMMUNE").body())).containsExactly(commune);
        assertThat(codes(get("/procedures?" + f + "&onlineMode=FULL").body())).containsExactly(province);
        assertThat(codes(get("/procedures?" + f + "&agency=" + enc(agency)).body())).containsExactly(province);
        // the field is offered in the filter list, the results show level, time and channels
        String page = get("/procedures?" + f).body();
        assertThat(page).contains("<option value=\"" + field + "\" selected=\"selected\">", "Cấp tỉnh", "Cấp xã",
                "5 ngày làm việc", "Chưa quy định", "channel-online", "Trực tuyến toàn trình");
        // before the decision took effect there is nothing, and the empty state offers a way out
        String before = get("/procedures?field=" + enc(field) + "&at=2025-12-31").body();
        assertThat(codes(before)).isEmpty();
        assertThat(before).contains("id=\"no-results\"", "id=\"search-without-filters\"", "class=\"suggestion\"");
        // an unfiltered search finds more than the filtered one
        assertThat(count(get("/procedures?q=cap+phep+trang&at=2026-02-01").body()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void resultsArePagedAndCounted() {
        String first = get("/procedures?at=2026-01-01").body();
        String second = get("/procedures?at=2026-01-01&page=2").body();
        assertThat(codes(first)).hasSize(CatalogueSearch.PAGE_SIZE);
        assertThat(codes(second)).hasSize(CatalogueSearch.PAGE_SIZE).doesNotContainAnyElementsOf(codes(first));
        assertThat(first).contains("id=\"pager\"", "rel=\"next\"", "aria-current=\"page\"");
        assertThat(second).contains("start=\"21\"");
        // past the end: the last page, not an empty one
        assertThat(codes(get("/procedures?at=2026-01-01&page=9999").body())).isNotEmpty();
    }

    @Test
    void theProcedurePageSaysWhatIsNotStatedAndPrints() {
        // đăng ký khai sinh has no deadline with a unit in the seed (README): shown as not stated, never invented
        String page = get("/procedures/1.001193?at=2026-01-01").body();
        assertThat(page).contains("id=\"procedure-name\"", "Thủ tục đăng ký khai sinh", "1.001193",
                "Không quy định / chưa có thông tin", "id=\"procedure-components\"", "class=\"component\"",
                "id=\"procedure-steps\"", "id=\"print-button\"", "window.print()", "/css/procedure.css",
                "id=\"seed-note\"", "Dữ liệu mẫu", "dichvucong.gov.vn", "id=\"procedure-versions\"",
                "DVCQG-2026", "Hộ tịch");
        assertThat(page).doesNotContain("id=\"edit-link\"");
        assertThat(get("/procedures/1.001193?at=2026-01-01&lang=en").body())
                .contains("Not stated / no information", "Dossier components", "Print this page");
    }

    @Test
    void theApprovedInternalProcessIsShownWithItsSteps() {
        // 1.004222 (đăng ký thường trú) has a demo internal process in the process sub-module's seed
        String page = get("/procedures/1.004222?at=2026-01-01").body();
        assertThat(page).contains("id=\"procedure-process\"", "Quy trình nội bộ", "MAU-QTNB/2025",
                "Bộ phận Một cửa – Tiếp nhận", "4 giờ làm việc").doesNotContain("id=\"process-out-of-step\"");
    }

    @Test
    void aProcedureOutsideItsPeriodAndAnUnknownCode() {
        String code = PageFixtures.code();
        publications.publish(PageFixtures.decision(LocalDate.of(2026, 3, 1), ProcedureChange.added(code,
                PageFixtures.content("Thủ tục trang sau ngày", "Lĩnh vực thử", List.of(ProcedureLevel.COMMUNE),
                        "UBND xã thử", ProcessingTime.of(2, TimeUnit.WORKING_DAYS), OnlineMode.PARTIAL))),
                "tester");
        var before = get("/procedures/" + code + "?at=2026-02-01");
        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(before.body()).contains("id=\"not-valid\"", "id=\"nearest-version\"", "at=2026-03-01");
        var during = get("/procedures/" + code + "?at=2026-03-01");
        assertThat(during.statusCode()).isEqualTo(200);
        assertThat(during.body()).contains("2 ngày làm việc", "Trực tuyến một phần").doesNotContain("id=\"seed-note\"");
        assertThat(get("/procedures/NO-SUCH-T8").statusCode()).isEqualTo(404);
        assertThat(get("/procedures/1.001193?at=not-a-date").statusCode()).isEqualTo(400);
    }

    @Test
    void theNavigationAndHomeLinkToTheCatalogue() {
        assertThat(get("/").body()).contains("href=\"/procedures\"", "Tra cứu thủ tục hành chính");
        assertThat(get("/procedures?lang=en").body()).contains("Administrative procedures", "Search");
    }

    private static List<String> codes(String page) {
        Matcher m = RESULT_CODE.matcher(page);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static int count(String page) {
        return codes(page).size();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
