package io.parhub.feedback.web;

import io.parhub.feedback.FeedbackChannel;
import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackStatus;
import io.parhub.feedback.FeedbackSubmission;
import io.parhub.feedback.Feedbacks;
import io.parhub.feedback.Open311Query;
import io.parhub.feedback.Open311Request;
import io.parhub.feedback.Submitted;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON) so that civic apps can file and follow feedback: feedback kinds are the services,
 * feedback codes the {@code service_request_id}s. Only public data leaves: descriptions with personal data removed
 * (the published question once published), the published answer, the responsible agency, dates. Errors are Open311's
 * {@code [{"code", "description"}]} ({@link Open311Errors}). Described in docs/feedback.md, not in the OpenAPI
 * document, whose scope is {@code /api/**}.
 */
@RestController
@Hidden
class Open311Controller {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter W3C = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").appendOffset("+HH:MM", "Z").toFormatter();
    /** GeoReport v2: GET requests without dates covers the last 90 days, at most 1000 requests. */
    private static final int DEFAULT_DAYS = 90;
    private static final int MAX_RESULTS = 1000;

    private final Feedbacks feedbacks;
    private final MessageSource messages;
    private final Clock clock;

    Open311Controller(Feedbacks feedbacks, MessageSource messages, Clock clock) {
        this.feedbacks = feedbacks;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(path = "/open311/v2/services.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> services(Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FeedbackKind k : FeedbackKind.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", k.slug());
            s.put("service_name", text("feedback.kind." + k.name(), locale));
            s.put("description", text("feedback.kind.help." + k.name(), locale));
            s.put("metadata", false);
            s.put("type", "realtime");
            s.put("keywords", "");
            s.put("group", text("feedback.open311.group", locale));
            out.add(s);
        }
        return out;
    }

    /**
     * Form-encoded as the specification says. Location (lat/long, address_string, address_id), media_url, device_id,
     * account_id, jurisdiction_id, api_key and attribute[…] are accepted and not used: feedback here is not tied to
     * a place and the services have no metadata. The name is last_name then first_name (Vietnamese order); without a
     * name, or without a phone and an e-mail, the feedback is anonymous and keeps no personal data.
     */
    @PostMapping(path = "/open311/v2/requests.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, @Nullable Object>>> create(
            @RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(name = "first_name", required = false) @Nullable String firstName,
            @RequestParam(name = "last_name", required = false) @Nullable String lastName,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String phone, Locale locale) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw DomainException.invalid("open311-service-code", "feedback.open311.problem.service-code");
        }
        FeedbackKind kind = FeedbackKind.bySlug(serviceCode).orElseThrow(() -> DomainException.notFound(
                "open311-service", "feedback.open311.problem.service", serviceCode));
        if (description == null || description.isBlank()) {
            throw DomainException.invalid("open311-description", "feedback.open311.problem.description");
        }
        String name = String.join(" ", Arrays.stream(new String[] {lastName, firstName})
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        boolean reachable = (phone != null && phone.replaceAll("\\D", "").length() >= 4)
                || (email != null && !email.isBlank());
        boolean anonymous = name.isBlank() || !reachable;
        FeedbackSubmission s = new FeedbackSubmission(FeedbackChannel.ONLINE, kind, subject(description),
                description, anonymous, name, phone, email, null, null, null, null, List.of());
        Submitted out = feedbacks.submit(s, LocalDateTime.now(clock), null);
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("service_request_id", out.code());
        body.put("service_notice", text("feedback.open311.notice", locale));
        body.put("account_id", null);
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(body));
    }

    @GetMapping(path = "/open311/v2/requests.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, @Nullable Object>> requests(
            @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
            @RequestParam(name = "service_code", required = false) @Nullable String codes,
            @RequestParam(name = "start_date", required = false) @Nullable String startDate,
            @RequestParam(name = "end_date", required = false) @Nullable String endDate,
            @RequestParam(required = false) @Nullable String status, Locale locale) {
        List<String> requestIds = split(ids);
        List<FeedbackKind> kinds = split(codes).stream().map(c -> FeedbackKind.bySlug(c).orElseThrow(
                () -> DomainException.notFound("open311-service", "feedback.open311.problem.service", c))).toList();
        LocalDateTime from = date(startDate, "start_date");
        LocalDateTime to = date(endDate, "end_date");
        if (requestIds.isEmpty() && from == null && to == null) {
            from = LocalDateTime.now(clock).minusDays(DEFAULT_DAYS);
        }
        List<String> states = split(status);
        Boolean closed = null;
        if (!states.isEmpty()) {
            boolean open = states.contains("open");
            boolean isClosed = states.contains("closed");
            if (states.stream().anyMatch(st -> !st.equals("open") && !st.equals("closed"))) {
                throw DomainException.invalid("open311-status", "feedback.open311.problem.status", status);
            }
            closed = open && isClosed ? null : isClosed;
        }
        return feedbacks.open311Requests(new Open311Query(requestIds, kinds, from, to, closed, MAX_RESULTS)).stream()
                .map(r -> request(r, locale)).toList();
    }

    @GetMapping(path = "/open311/v2/requests/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, @Nullable Object>> request(@PathVariable String id, Locale locale) {
        return List.of(feedbacks.open311Request(id).map(r -> request(r, locale)).orElseThrow(
                () -> DomainException.notFound("open311-request", "feedback.open311.problem.request", id)));
    }

    private Map<String, @Nullable Object> request(Open311Request r, Locale locale) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("service_request_id", r.code());
        m.put("status", r.status().closedForOpen311() ? "closed" : "open");
        m.put("status_notes", r.answer() != null ? r.answer()
                : r.scopeReason() != null ? r.scopeReason() : text("feedback.status." + r.status().name(), locale));
        m.put("service_name", text("feedback.kind." + r.kind().name(), locale));
        m.put("service_code", r.kind().slug());
        m.put("description", r.description());
        m.put("agency_responsible", r.agencyName() != null ? r.agencyName()
                : text("feedback.open311.office", locale));
        m.put("service_notice", r.status() == FeedbackStatus.RECEIVED ? text("feedback.open311.notice", locale) : null);
        m.put("requested_datetime", w3c(r.receivedAt()));
        m.put("updated_datetime", w3c(r.updatedAt()));
        m.put("expected_datetime", r.expectedOn() == null ? null : w3c(r.expectedOn().atTime(23, 59, 59)));
        m.put("address", null);
        m.put("address_id", null);
        m.put("zipcode", null);
        m.put("lat", null);
        m.put("long", null);
        m.put("media_url", null);
        return m;
    }

    /** A short subject from the description: its first line, at most 120 characters, cut at a word. */
    private static String subject(String description) {
        String first = description.strip().split("\\R", 2)[0].strip();
        if (first.length() <= 120) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 117);
        return first.substring(0, cut > 40 ? cut : 117) + "…";
    }

    private static List<String> split(@Nullable String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT).startsWith("pakn-")
                        ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT)).toList();
    }

    private static @Nullable LocalDateTime date(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).atZoneSameInstant(VIETNAM).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("open311-date", "feedback.open311.problem.date", name, value);
        }
    }

    private static String w3c(LocalDateTime at) {
        return at.atZone(VIETNAM).format(W3C);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
