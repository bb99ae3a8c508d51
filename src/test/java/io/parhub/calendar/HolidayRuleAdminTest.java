package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import io.parhub.calendar.store.RuleAdministration;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Administrators add and end holiday rules (the rules are data an administrator extends without a
 * code change). The database is shared with every other test class: each test uses its own occasion code, and
 * either adds rules for years no other test looks at (2040 and later) or ends its rule before it finishes, so the
 * calendar other tests see is the shipped one whatever the order.
 */
class HolidayRuleAdminTest extends ApplicationTest {

    private static final String TEST_BASIS = "Bộ luật Lao động sửa đổi (giả định cho kiểm thử)";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    RuleAdministration administration;

    private static MockHttpServletRequestBuilder addRule(String occasion, String name, String basis, int month,
            int day, int days, String validFrom, String validTo, String legalBasis) {
        return post("/admin/calendar/rules").with(csrf())
                .param("occasion", occasion).param("name", name).param("dateBasis", basis)
                .param("month", String.valueOf(month)).param("day", String.valueOf(day))
                .param("days", String.valueOf(days)).param("startOffset", "0")
                .param("validFrom", validFrom).param("validTo", validTo).param("legalBasis", legalBasis)
                .param("compensatoryBasis", "Bộ luật Lao động 2019 Điều 111 khoản 3");
    }

    private static MockHttpServletRequestBuilder endRule(long id, int version, String validTo, String basis) {
        return post("/admin/calendar/rules/" + id + "/end").with(csrf()).param("version", String.valueOf(version))
                .param("validTo", validTo).param("endBasis", basis);
    }

    private long ruleId(String occasion) {
        return jdbc.sql("select id from calendar_holiday_rule where occasion = :o").param("o", occasion)
                .query(Long.class).single();
    }

    private int ruleCount() {
        return jdbc.sql("select count(*) from calendar_holiday_rule").query(Integer.class).single();
    }

    private int ruleAuditCount() {
        return jdbc.sql("select count(*) from shared_audit_event where action like 'calendar.rule.%'")
                .query(Integer.class).single();
    }

    private String audit(String action, long id) {
        return jdbc.sql("""
                select details::text from shared_audit_event
                where action = :a and subject_type = 'calendar_holiday_rule' and subject_id = :id
                """).param("a", action).param("id", String.valueOf(id)).query(String.class).single();
    }

    @Test
    @WithMockUser(username = "admin.rules", roles = "ADMIN")
    void addingCultureDayFromNextYearMakesItANonWorkingDayWithTheRuleAsSource() throws Exception {
        // written in 2026: 24/11 from 1/1/2027, 2026-11-24 stays a working day (next year, so that it keeps working)
        int thisYear = administration.today().getYear();
        int year = thisYear + 1;
        String occasion = "test_culture_day";
        mvc.perform(addRule(occasion, "Ngày Văn hóa Việt Nam", "solar", 11, 24, 1, year + "-01-01", "", TEST_BASIS))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.startsWith("/admin/calendar/rules?added=")));
        long id = ruleId(occasion);
        try {
            CalendarDay day = calendar.day(LocalDate.of(year, 11, 24));
            assertThat(day).extracting(CalendarDay::working, CalendarDay::kind, CalendarDay::occasion,
                            CalendarDay::occasionName, CalendarDay::source, CalendarDay::legalBasis)
                    .containsExactly(false, DayKind.HOLIDAY, occasion, "Ngày Văn hóa Việt Nam",
                            DaySource.STATUTORY_RULE, TEST_BASIS);
            assertThat(calendar.day(LocalDate.of(thisYear, 11, 24)).kind()).as("before the rule")
                    .isIn(DayKind.WORKING_DAY, DayKind.WEEKEND);
            assertThat(calendar.day(LocalDate.of(thisYear, 11, 24)).occasion()).isNull();

            JsonNode culture = json(get("/api/v1/calendar/days?from=" + year + "-11-24&to=" + year + "-11-24")).get(0);
            assertThat(culture.get("working").asBoolean()).isFalse();
            assertThat(culture.get("reason").asString()).isEqualTo("holiday");
            assertThat(culture.get("occasion").asString()).isEqualTo(occasion);
            assertThat(culture.get("occasionName").asString()).isEqualTo("Ngày Văn hóa Việt Nam");
            assertThat(culture.get("source").asString()).isEqualTo("statutory_rule");
            assertThat(culture.get("legalBasis").asString()).isEqualTo(TEST_BASIS);
            JsonNode before = json(get("/api/v1/calendar/days?from=" + thisYear + "-11-24&to=" + thisYear + "-11-24"))
                    .get(0);
            assertThat(before.get("occasion").isNull()).isTrue();

            mvc.perform(MockMvcRequestBuilders.get("/calendar").param("year", String.valueOf(year)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(
                            "title=\"Ngày Văn hóa Việt Nam — Nghỉ lễ, tết\"")))
                    .andExpect(content().string(Matchers.containsString("<td>Ngày Văn hóa Việt Nam</td>")))
                    .andExpect(content().string(Matchers.containsString(TEST_BASIS)));
            mvc.perform(MockMvcRequestBuilders.get("/calendar").param("year", String.valueOf(thisYear)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Ngày Văn hóa Việt Nam"))));

            assertThat(audit("calendar.rule.added", id)).contains("\"validFrom\": \"" + year + "-01-01\"")
                    .contains("\"name\": \"Ngày Văn hóa Việt Nam\"").contains("\"version\": 1");
            mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/rules").param("added", String.valueOf(id)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("id=\"rule-added\"")))
                    .andExpect(content().string(Matchers.containsString("id=\"rule-" + id + "\"")));
        } finally {
            // withdrawn before it takes effect: in force on 1 January only, a day it gives nobody off
            administration.end(id, 1, LocalDate.of(year, 1, 1), "Kiểm thử: rút lại quy định giả định", "test");
        }
        assertThat(calendar.day(LocalDate.of(year, 11, 24)).occasion()).as("withdrawn").isNull();
    }

    @Test
    @WithMockUser(username = "admin.rules", roles = "ADMIN")
    void aNewHolidayOnAWeekendGivesACompensatoryDayOff() throws Exception {
        // 20/10/2040 is a Saturday, 20/10/2041 a Sunday; the rule is in force for those two years only
        String occasion = "test_weekend_holiday";
        mvc.perform(addRule(occasion, "Ngày lễ thử nghiệm cuối tuần", "solar", 10, 20, 1, "2040-01-01", "2041-12-31",
                TEST_BASIS)).andExpect(status().is3xxRedirection());

        assertThat(calendar.day(LocalDate.of(2040, 10, 20))).extracting(CalendarDay::kind, CalendarDay::occasion)
                .containsExactly(DayKind.HOLIDAY, occasion);
        CalendarDay monday = calendar.day(LocalDate.of(2040, 10, 22));
        assertThat(monday).extracting(CalendarDay::working, CalendarDay::kind, CalendarDay::occasion,
                        CalendarDay::occasionName, CalendarDay::source)
                .containsExactly(false, DayKind.COMPENSATORY_DAY_OFF, occasion, "Ngày lễ thử nghiệm cuối tuần",
                        DaySource.STATUTORY_RULE);
        assertThat(monday.legalBasis()).contains("Điều 111 khoản 3").contains("2040-10-20");
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 10, 23))).isTrue();
        assertThat(calendar.day(LocalDate.of(2041, 10, 21)).kind()).as("Sunday 20/10/2041 → Monday")
                .isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(calendar.isWorkingDay(LocalDate.of(2042, 10, 20))).as("Monday after valid_to").isTrue();

        JsonNode days = json(get("/api/v1/calendar/days?from=2040-10-22&to=2040-10-22"));
        assertThat(days.get(0).get("reason").asString()).isEqualTo("compensatory_day_off");
        assertThat(days.get(0).get("occasionName").asString()).isEqualTo("Ngày lễ thử nghiệm cuối tuần");
        mvc.perform(MockMvcRequestBuilders.get("/calendar").param("year", "2040")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "data-date=\"2040-10-22\" data-kind=\"compensatory-day-off\"")));
    }

    @Test
    @WithMockUser(username = "admin.rules", roles = "ADMIN")
    void endingARuleStopsItAfterTheEndDateButNotBefore() throws Exception {
        String occasion = "test_mid_autumn";
        mvc.perform(addRule(occasion, "Tết Trung thu (thử nghiệm)", "lunar", 8, 15, 1, "2042-01-01", "", TEST_BASIS))
                .andExpect(status().is3xxRedirection());
        long id = ruleId(occasion);
        LocalDate in2042 = LunarCalendar.toSolar(new LunarDate(15, 8, 2042, false));
        LocalDate in2043 = LunarCalendar.toSolar(new LunarDate(15, 8, 2043, false));
        assertThat(calendar.day(in2042).occasion()).isEqualTo(occasion);
        assertThat(calendar.day(in2043).occasion()).isEqualTo(occasion);

        mvc.perform(endRule(id, 1, "2042-12-31", "Văn bản bãi bỏ (giả định cho kiểm thử)"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/calendar/rules?ended=" + id));

        assertThat(calendar.day(in2042)).as("before the end date")
                .extracting(CalendarDay::kind, CalendarDay::occasion).containsExactly(DayKind.HOLIDAY, occasion);
        assertThat(calendar.day(in2043).occasion()).as("after the end date").isNull();
        assertThat(jdbc.sql("select valid_to from calendar_holiday_rule where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2042, 12, 31));
        assertThat(audit("calendar.rule.ended", id)).contains("\"validTo\": \"2042-12-31\"")
                .contains("\"previousValidTo\": null").contains("\"version\": 2")
                .contains("Văn bản bãi bỏ (giả định cho kiểm thử)");
        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/rules")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kết thúc theo: Văn bản bãi bỏ")));
    }

    @Test
    @WithMockUser(username = "admin.rules", roles = "ADMIN")
    void invalidInputWritesNothing() throws Exception {
        int rules = ruleCount();
        int audits = ruleAuditCount();

        mvc.perform(addRule("test_invalid", "Ngày sai", "lunar", 13, 31, 1, "2048-05-01", "2048-04-30", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("id=\"rule-errors\"")))
                .andExpect(content().string(Matchers.containsString("tháng phải từ 1 đến 12")))
                .andExpect(content().string(Matchers.containsString("ngày phải từ 1 đến 30")))
                .andExpect(content().string(Matchers.containsString("không được trước ngày bắt đầu có hiệu lực")))
                .andExpect(content().string(Matchers.containsString("Cần ghi căn cứ pháp lý của quy định")))
                .andExpect(content().string(Matchers.containsString("id=\"month\" name=\"month\" value=\"13\"")));
        mvc.perform(addRule("test_invalid", "Wrong day", "solar", 2, 30, 0, "2048-05-01", "", TEST_BASIS)
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("does not exist in month 2")))
                .andExpect(content().string(Matchers.containsString("it must be 1 to 15")));
        mvc.perform(addRule("test_invalid", "Ngày nhuận", "solar", 2, 29, 1, "2048-05-01", "", TEST_BASIS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Ngày 29/2 không có trong mọi năm")));
        // the same holiday twice: Tết is in force from 2021 until further notice
        mvc.perform(addRule("tet", "Tết Âm lịch", "lunar", 1, 1, 7, "2048-01-01", "", TEST_BASIS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("trùng thời gian với quy định mới")));
        // another occasion on a date a rule in force already gives off
        mvc.perform(addRule("test_invalid", "Quốc tế Lao động bis", "solar", 5, 1, 1, "2048-01-01", "", TEST_BASIS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("đã cho nghỉ vào cùng ngày này")));
        // history is not rewritten: a new rule cannot start on a day that has passed
        mvc.perform(addRule("test_invalid", "Ngày hồi tố", "solar", 6, 1, 1, "2020-01-01", "", TEST_BASIS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("phải sau hôm nay")));

        long newYear = jdbc.sql("select id from calendar_holiday_rule where code = 'new_year' and valid_to is null")
                .query(Long.class).single();
        int version = jdbc.sql("select version from calendar_holiday_rule where id = :id").param("id", newYear)
                .query(Integer.class).single();
        // ... nor can a rule be ended on a day that has passed: 1/1/2022–2026 stay holidays
        mvc.perform(endRule(newYear, version, "2021-06-30", "Thử nghiệm")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("quy định vẫn áp dụng cho các ngày đã qua")));
        mvc.perform(endRule(newYear, version, "2099-12-31", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("căn cứ pháp lý của việc kết thúc")));
        mvc.perform(endRule(newYear, version, "not-a-date", "Thử nghiệm")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Cần chọn ngày cuối cùng áp dụng")));
        mvc.perform(endRule(Long.MAX_VALUE, 1, "2099-12-31", "Thử nghiệm")).andExpect(status().isNotFound());

        assertThat(ruleCount()).isEqualTo(rules);
        assertThat(ruleAuditCount()).isEqualTo(audits);
        assertThat(jdbc.sql("select count(*) from calendar_holiday_rule where occasion = 'test_invalid'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select valid_to is null and version = :v from calendar_holiday_rule where id = :id")
                .param("v", version).param("id", newYear).query(Boolean.class).single()).isTrue();
        assertThat(calendar.day(LocalDate.of(2022, 1, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    @WithMockUser(username = "admin.rules", roles = "ADMIN")
    void endingFromAStaleVersionIsRefused() throws Exception {
        String occasion = "test_stale_version";
        mvc.perform(addRule(occasion, "Ngày thử nghiệm phiên bản", "solar", 10, 10, 1, "2046-01-01", "", TEST_BASIS))
                .andExpect(status().is3xxRedirection());
        long id = ruleId(occasion);
        int audits = ruleAuditCount();

        // both administrators load version 1; the first ends the rule, the second is refused
        mvc.perform(endRule(id, 1, "2047-12-31", "Văn bản A (thử nghiệm)")).andExpect(status().is3xxRedirection());
        mvc.perform(endRule(id, 1, "2046-12-31", "Văn bản B (thử nghiệm)")).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("id=\"rule-conflict\"")))
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));

        assertThat(jdbc.sql("select valid_to from calendar_holiday_rule where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2047, 12, 31));
        assertThat(jdbc.sql("select version from calendar_holiday_rule where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(ruleAuditCount()).isEqualTo(audits + 1);
        assertThat(calendar.day(LocalDate.of(2047, 10, 10)).occasion()).isEqualTo(occasion);
        assertThat(calendar.isWorkingDay(LocalDate.of(2048, 10, 10))).as("Saturday anyway").isFalse();
        assertThat(calendar.day(LocalDate.of(2049, 10, 10)).occasion()).isNull();

        // the current version may bring the end forward, never push it back
        mvc.perform(endRule(id, 2, "2048-06-30", "Văn bản C (thử nghiệm)")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("chỉ có thể đặt ngày kết thúc sớm hơn")));
    }

    @Test
    @WithMockUser(username = "admin.rules", roles = "ADMIN")
    void theRulesPageListsRulesAndTheForm() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/rules")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"rule-form\"")))
                .andExpect(content().string(Matchers.containsString("id=\"rule-list\"")))
                .andExpect(content().string(Matchers.containsString("Giỗ Tổ Hùng Vương")))
                .andExpect(content().string(Matchers.containsString("Bộ luật Lao động 2019 Điều 111 khoản 3")));
        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/rules").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Add a public holiday rule")))
                .andExpect(content().string(Matchers.containsString("Hung Kings")));
        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"manage-rules\"")));
    }

    @Test
    @WithMockUser(username = "clerk", roles = "OFFICER")
    void onlyAdministratorsMayChangeRules() throws Exception {
        int rules = ruleCount();
        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/rules")).andExpect(status().isForbidden());
        mvc.perform(addRule("test_forbidden", "Ngày cấm", "solar", 7, 7, 1, "2049-01-01", "", TEST_BASIS))
                .andExpect(status().isForbidden());
        assertThat(ruleCount()).isEqualTo(rules);
    }
}
