package io.parhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public calendar API over HTTP, on the real database with the shipped 2024–2026 schedules. */
class CalendarApiTest extends ApplicationTest {

    @Test
    void lunarDateOfTet2026() {
        HttpResponse<String> response = get("/api/v1/calendar/lunar?date=2026-02-17");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("date").asString()).isEqualTo("2026-02-17");
        assertThat(body.get("lunarDay").asInt()).isEqualTo(1);
        assertThat(body.get("lunarMonth").asInt()).isEqualTo(1);
        assertThat(body.get("lunarYear").asInt()).isEqualTo(2026);
        assertThat(body.get("leapMonth").asBoolean()).isFalse();
        assertThat(body.get("canChi").asString()).isEqualTo("Bính Ngọ");
    }

    @Test
    void leapMonthIsFlagged() {
        // 2025 has a leap sixth month; mid-August 2025 lies in it
        JsonNode body = json(get("/api/v1/calendar/lunar?date=2025-08-10"));
        assertThat(body.get("lunarMonth").asInt()).isEqualTo(6);
        assertThat(body.get("leapMonth").asBoolean()).isTrue();
    }

    @Test
    void daysSayWhyTheyAreNotWorkingDays() {
        HttpResponse<String> response = get("/api/v1/calendar/days?from=2025-04-25&to=2025-05-05");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode days = json(response);
        assertThat(days.size()).isEqualTo(11);
        JsonNode friday = days.get(0);
        assertThat(friday.get("date").asString()).isEqualTo("2025-04-25");
        assertThat(friday.get("working").asBoolean()).isTrue();
        assertThat(friday.get("reason").isNull()).isTrue();
        JsonNode makeUp = days.get(1);
        assertThat(makeUp.get("working").asBoolean()).isTrue();
        assertThat(makeUp.get("reason").asString()).isEqualTo("make_up_working_day");
        assertThat(makeUp.get("source").asString()).isEqualTo("official_schedule");
        JsonNode sunday = days.get(2);
        assertThat(sunday.get("reason").asString()).isEqualTo("weekend");
        JsonNode holiday = days.get(5);
        assertThat(holiday.get("date").asString()).isEqualTo("2025-04-30");
        assertThat(holiday.get("reason").asString()).isEqualTo("holiday");
        assertThat(holiday.get("legalBasis").asString()).contains("Điều 112");
        assertThat(days.get(7).get("reason").asString()).isEqualTo("swapped_day_off");
        assertThat(days.get(10).get("working").asBoolean()).isTrue();
    }

    @Test
    void dueAcrossTet2026() {
        HttpResponse<String> response = get("/api/v1/calendar/due?receivedAt=2026-02-13T10:00&workingDays=5");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("receivedAt").asString()).isEqualTo("2026-02-13T10:00");
        assertThat(body.get("workingDays").asInt()).isEqualTo(5);
        assertThat(body.get("due").asString()).isEqualTo("2026-02-27");
        assertThat(body.get("dueTime").asString()).isEqualTo("17:00");
        assertThat(body.has("calendarDays")).isFalse();
    }

    @Test
    void dueInWorkingHoursAndCalendarDaysWithDefaultOfficeHours() {
        JsonNode hours = json(get("/api/v1/calendar/due?receivedAt=2026-03-02T14:00&workingHours=4&agency=UNKNOWN"));
        assertThat(hours.get("due").asString()).isEqualTo("2026-03-03");
        assertThat(hours.get("dueTime").asString()).isEqualTo("08:00");
        JsonNode days = json(get("/api/v1/calendar/due?receivedAt=2026-04-20T09:00&calendarDays=10"));
        assertThat(days.get("due").asString()).isEqualTo("2026-05-04");
    }

    @Test
    void reversedRangeIsAProblemInVietnameseByDefault() {
        HttpResponse<String> response = get("/api/v1/calendar/days?from=2026-03-01&to=2026-02-01");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-date-range");
        assertThat(problem.get("title").asString()).isEqualTo("Khoảng ngày không hợp lệ");
        assertThat(problem.get("detail").asString()).isEqualTo("Ngày bắt đầu 2026-03-01 sau ngày kết thúc 2026-02-01.");
    }

    @Test
    void reversedRangeInEnglish() {
        JsonNode problem = json(get("/api/v1/calendar/days?from=2026-03-01&to=2026-02-01", "en"));
        assertThat(problem.get("title").asString()).isEqualTo("Invalid date range");
        assertThat(problem.get("detail").asString()).isEqualTo("The start date 2026-03-01 is after the end date 2026-02-01.");
    }

    @Test
    void tooLongARangeIsRefused() {
        HttpResponse<String> response = get("/api/v1/calendar/days?from=2020-01-01&to=2026-01-01", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/date-range-too-long");
    }

    @Test
    void missingParameterIsNamed() {
        HttpResponse<String> vi = get("/api/v1/calendar/lunar");
        assertThat(vi.statusCode()).isEqualTo(400);
        assertThat(json(vi).get("detail").asString()).isEqualTo("Thiếu tham số bắt buộc \"date\".");
        JsonNode en = json(get("/api/v1/calendar/due?workingDays=3", "en"));
        assertThat(en.get("type").asString()).isEqualTo("/problems/missing-parameter");
        assertThat(en.get("detail").asString()).isEqualTo("The required parameter \"receivedAt\" is missing.");
    }

    @Test
    void badDateAndNegativePeriodAreProblems() {
        HttpResponse<String> badDate = get("/api/v1/calendar/lunar?date=2026-13-45", "en");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("type").asString()).isEqualTo("/problems/invalid-parameter");

        HttpResponse<String> negative = get("/api/v1/calendar/due?receivedAt=2026-02-13T10:00&workingDays=-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json(negative).get("type").asString()).isEqualTo("/problems/invalid-time-limit");

        HttpResponse<String> twoLimits = get(
                "/api/v1/calendar/due?receivedAt=2026-02-13T10:00&workingDays=1&calendarDays=1", "en");
        assertThat(json(twoLimits).get("detail").asString()).startsWith("Give exactly one time limit");

        HttpResponse<String> badTime = get("/api/v1/calendar/due?receivedAt=13/02/2026&workingDays=1", "en");
        assertThat(json(badTime).get("detail").asString()).contains("YYYY-MM-DDTHH:MM");
    }

    @Test
    void endpointsAreDocumented() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json(response).get("paths");
        assertThat(paths.has("/api/v1/calendar/lunar")).isTrue();
        assertThat(paths.has("/api/v1/calendar/days")).isTrue();
        assertThat(paths.has("/api/v1/calendar/due")).isTrue();
    }
}
