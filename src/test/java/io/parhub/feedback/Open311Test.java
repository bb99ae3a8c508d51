package io.parhub.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A civic app's view of parhub: a plain HTTP client on the random port, form-encoded POSTs as GeoReport v2 says,
 * JSON answers, Open311's error format; and parhub's own public feedback API.
 */
class Open311Test extends ApplicationTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void assertOpen311Error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode errors = json(response);
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asString()).isNotBlank();
    }

    @Test
    void servicesAreTheFeedbackKindsWithoutMetadata() {
        HttpResponse<String> response = getJson("/open311/v2/services.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode services = json(response);
        assertThat(services.size()).isEqualTo(4);
        assertThat(services.findValuesAsString("service_code")).containsExactly("procedure", "officer-conduct",
                "regulation", "other");
        for (JsonNode s : services) {
            assertThat(s.get("metadata").asBoolean()).isFalse();
            assertThat(s.get("type").asString()).isEqualTo("realtime");
            assertThat(s.get("service_name").asString()).isNotBlank();
        }
        assertThat(services.get(0).get("service_name").asString()).isEqualTo("Thủ tục hành chính");
    }

    @Test
    void aCivicAppFilesAndFollowsARequestWithoutPersonalDataComingBack() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", "procedure");
        form.put("description", "Bộ phận một cửa phường hẹn trả kết quả trễ. Liên hệ 0912 345 678.");
        form.put("first_name", "Bình");
        form.put("last_name", "Trần");
        form.put("email", "binh.tran@example.com");
        form.put("phone", "0912345678");
        form.put("lat", "10.03");
        form.put("long", "105.78");
        form.put("api_key", "ignored");
        form.put("attribute[anything]", "x");
        HttpResponse<String> created = postForm("/open311/v2/requests.json", form);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode answer = json(created);
        assertThat(answer.isArray()).isTrue();
        String id = answer.get(0).get("service_request_id").asString();
        assertThat(id).startsWith("PAKN-");
        assertThat(answer.get(0).get("service_notice").asString()).contains("5 ngày làm việc");

        HttpResponse<String> one = getJson("/open311/v2/requests/" + id + ".json");
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode request = json(one).get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(id);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("procedure");
        assertThat(request.get("service_name").asString()).isEqualTo("Thủ tục hành chính");
        assertThat(request.get("description").asString()).contains("hẹn trả kết quả trễ")
                .doesNotContain("0912 345 678");
        assertThat(request.get("status_notes").asString()).isEqualTo("Đã tiếp nhận");
        assertThat(request.get("agency_responsible").asString()).isNotBlank();
        OffsetDateTime requested = OffsetDateTime.parse(request.get("requested_datetime").asString());
        assertThat(requested.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        OffsetDateTime.parse(request.get("updated_datetime").asString());
        OffsetDateTime.parse(request.get("expected_datetime").asString());
        assertThat(request.has("lat")).isTrue();
        assertThat(one.body()).doesNotContain("Trần", "Bình", "binh.tran", "0912345678");

        HttpResponse<String> list = getJson("/open311/v2/requests.json?service_code=procedure&status=open");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).findValuesAsString("service_request_id")).contains(id);
        assertThat(list.body()).doesNotContain("binh.tran", "0912345678");
        assertThat(json(getJson("/open311/v2/requests.json?service_request_id=" + id)).size()).isEqualTo(1);
        assertThat(json(getJson("/open311/v2/requests.json?status=closed&service_request_id=" + id)).size())
                .isZero();
        String from = URLEncoder.encode(OffsetDateTime.now().minusDays(1).toString(), StandardCharsets.UTF_8);
        assertThat(json(getJson("/open311/v2/requests.json?start_date=" + from)).findValuesAsString(
                "service_request_id")).contains(id);

        // without a name the request is anonymous and keeps no personal data
        HttpResponse<String> anonymous = postForm("/open311/v2/requests.json", Map.of("service_code", "other",
                "description", "Đề nghị niêm yết rõ phí.", "phone", "0900000001"));
        assertThat(anonymous.statusCode()).isEqualTo(201);
    }

    @Test
    void errorsUseOpen311Format() {
        assertOpen311Error(postForm("/open311/v2/requests.json", Map.of("description", "Thiếu mã dịch vụ")), 400);
        assertOpen311Error(postForm("/open311/v2/requests.json", Map.of("service_code", "potholes",
                "description", "x")), 404);
        assertOpen311Error(postForm("/open311/v2/requests.json", Map.of("service_code", "other")), 400);
        assertOpen311Error(getJson("/open311/v2/requests/PAKN-000000-0000.json"), 404);
        assertOpen311Error(getJson("/open311/v2/requests.json?status=pending"), 400);
        assertOpen311Error(getJson("/open311/v2/requests.json?start_date=yesterday"), 400);
    }

    @Test
    void parhubsOwnPublicApiIsIdempotentAndTracksWithTheCheck() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"kind": "regulation", "subject": "Quy định về lệ phí", "content": "Đề nghị giảm lệ phí.",
                 "name": "Đỗ Văn D", "phone": "0933111222"}""";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url("/api/v1/public/feedback")))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> first = send(post.build());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String code = json(first).get("code").asString();
        assertThat(json(first).get("check").asString()).isEqualTo("1222");
        HttpResponse<String> again = send(post.build());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("code").asString()).isEqualTo(code);
        HttpResponse<String> noKey = send(HttpRequest.newBuilder(URI.create(url("/api/v1/public/feedback")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> tracked = getJson("/api/v1/public/feedback/" + code + "?check=1222");
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(json(tracked).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(tracked.body()).doesNotContain("Đỗ Văn D", "0933111222");
        assertThat(getJson("/api/v1/public/feedback/" + code + "?check=0000").statusCode()).isEqualTo(404);
        assertThat(getJson("/api/v1/public/feedback/answers?q=le%20phi").statusCode()).isEqualTo(200);
        // staff API needs a sign-in
        assertThat(getJson("/api/v1/feedback").statusCode()).isEqualTo(401);
    }
}
