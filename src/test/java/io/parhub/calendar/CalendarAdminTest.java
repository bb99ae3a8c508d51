package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators replace a year's official schedule: validation, optimistic locking, audit, effect. */
class CalendarAdminTest extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    private static MockHttpServletRequestBuilder row(MockHttpServletRequestBuilder request, int i, String date,
            String kind, String occasion, String basis) {
        return request.param("rows[" + i + "].date", date).param("rows[" + i + "].kind", kind)
                .param("rows[" + i + "].occasion", occasion).param("rows[" + i + "].legalBasis", basis);
    }

    private int scheduleDays(int year) {
        return jdbc.sql("select count(*) from calendar_schedule_day where year = :y").param("y", year)
                .query(Integer.class).single();
    }

    @Test
    void theShippedSchedulesAreLoadedOnce() {
        assertThat(scheduleDays(2024)).isEqualTo(13);
        assertThat(scheduleDays(2025)).isEqualTo(13);
        assertThat(scheduleDays(2026)).isEqualTo(15);
        assertThat(calendar.day(LocalDate.of(2025, 5, 2)).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
    }

    @Test
    @WithMockUser(username = "admin.calendar", roles = "ADMIN")
    void replacingASchedulesChangesTheCalendarAndIsAudited() throws Exception {
        // 2031: Tết Tân Hợi; an announcement that swaps Friday 31/1/2031 for Saturday 8/2/2031 (test data)
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 31))).isTrue();
        var request = post("/admin/calendar/2031").with(csrf()).param("action", "save");
        row(request, 0, "2031-01-31", "swapped_day_off", "tet", "Thông báo thử nghiệm số 1");
        row(request, 1, "2031-02-08", "make_up_working_day", "tet", "Thông báo thử nghiệm số 1");
        mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar/2031?saved"));

        assertThat(calendar.day(LocalDate.of(2031, 1, 31)).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 2, 8))).isTrue();
        assertThat(calendar.day(LocalDate.of(2031, 4, 30)).source()).as("30/4 still computed")
                .isEqualTo(DaySource.STATUTORY_RULE);
        String details = jdbc.sql("""
                select details::text from shared_audit_event
                where action = 'calendar.schedule.replaced' and subject_type = 'calendar_year' and subject_id = '2031'
                  and actor = 'admin.calendar'
                """).query(String.class).single();
        assertThat(details).contains("2031-01-31 swapped_day_off tet").contains("\"version\": 1");

        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar/2031")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2031-02-08")));
    }

    @Test
    @WithMockUser(username = "admin.calendar", roles = "ADMIN")
    void anInvalidScheduleWritesNothing() throws Exception {
        var request = post("/admin/calendar/2032").with(csrf()).param("action", "save");
        row(request, 0, "2032-02-11", "holiday", "tet", "Thông báo thử nghiệm");
        row(request, 1, "2032-02-12", "make_up_working_day", "tet", "Thông báo thử nghiệm"); // a Thursday
        row(request, 2, "2032-02-11", "holiday", "tet", "Thông báo thử nghiệm");            // twice
        row(request, 3, "2033-01-03", "holiday", "tet", "Thông báo thử nghiệm");            // other year
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("phải là thứ Bảy")))
                .andExpect(content().string(Matchers.containsString("đã có ở một dòng khác")))
                .andExpect(content().string(Matchers.containsString("không thuộc năm 2032")));

        assertThat(jdbc.sql("select count(*) from calendar_year_schedule where year = 2032").query(Integer.class)
                .single()).isZero();
        assertThat(scheduleDays(2032)).isZero();
        assertThat(jdbc.sql("select count(*) from shared_audit_event where subject_id = '2032'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    @WithMockUser(username = "admin.calendar", roles = "ADMIN")
    void aSecondAdministratorWorkingFromAnOldVersionGetsAConflict() throws Exception {
        var first = post("/admin/calendar/2033").with(csrf()).param("action", "save");
        row(first, 0, "2033-01-31", "holiday", "tet", "Thông báo A");
        mvc.perform(first).andExpect(status().is3xxRedirection());

        // both load version 1; the first saves version 2, the second is refused
        var alice = post("/admin/calendar/2033").with(csrf()).param("action", "save").param("version", "1");
        row(alice, 0, "2033-02-01", "holiday", "tet", "Thông báo B");
        mvc.perform(alice).andExpect(status().is3xxRedirection());
        var bob = post("/admin/calendar/2033").with(csrf()).param("action", "save").param("version", "1");
        row(bob, 0, "2033-02-02", "holiday", "tet", "Thông báo C");
        mvc.perform(bob).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("vừa được người khác lưu")));

        assertThat(jdbc.sql("select version from calendar_year_schedule where year = 2033").query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select day from calendar_schedule_day where year = 2033").query(LocalDate.class)
                .list()).containsExactly(LocalDate.of(2033, 2, 1));
    }

    @Test
    @WithMockUser(username = "admin.calendar", roles = "ADMIN")
    void addAndRemoveRowsWithoutSaving() throws Exception {
        var add = post("/admin/calendar/2034").with(csrf()).param("action", "add");
        row(add, 0, "2034-02-20", "holiday", "tet", "Thông báo");
        mvc.perform(add).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"row-1\"")));
        var remove = post("/admin/calendar/2034").with(csrf()).param("action", "remove-0");
        row(remove, 0, "2034-02-20", "holiday", "tet", "Thông báo");
        mvc.perform(remove).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("2034-02-20"))));
        assertThat(scheduleDays(2034)).isZero();
    }

    @Test
    @WithMockUser(username = "admin.calendar", roles = "ADMIN")
    void aCsvInTheShippedFormatReplacesTheYear() throws Exception {
        String csv = """
                date,kind,occasion,legal_basis,source_url
                2035-02-07,swapped_day_off,Tết Âm lịch,Thông báo thử nghiệm,https://example.org/a
                2035-02-17,make_up_working_day,Tết Âm lịch,Thông báo thử nghiệm,
                """;
        var file = new MockMultipartFile("file", "2035.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/calendar/2035/csv").file(file).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.day(LocalDate.of(2035, 2, 7)).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(calendar.day(LocalDate.of(2035, 2, 7)).occasion()).isEqualTo("tet");
        assertThat(jdbc.sql("select origin from calendar_year_schedule where year = 2035").query(String.class)
                .single()).isEqualTo("csv");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "OFFICER")
    void onlyAdministratorsMayEdit() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/calendar")).andExpect(status().isForbidden());
    }

    @Test
    void theYearPageShowsHolidaysAndTheirBasis() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/calendar").param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"calendar-year\"")))
                .andExpect(content().string(Matchers.containsString("data-date=\"2026-02-17\"")))
                .andExpect(content().string(Matchers.containsString("Thông báo số 9441")))
                .andExpect(content().string(Matchers.containsString("Bính Ngọ")));
        mvc.perform(MockMvcRequestBuilders.get("/calendar").param("year", "2026").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Make-up working day")));
    }
}
