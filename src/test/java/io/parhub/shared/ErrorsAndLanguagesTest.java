package io.parhub.shared;

import io.parhub.ApplicationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors reach API callers as RFC 9457 problem details and visitors as a page, in Vietnamese or English. */
class ErrorsAndLanguagesTest extends ApplicationTest {

    @Test
    void unknownApiAddressIsAProblemInVietnameseByDefault() {
        var response = get("/api/v1/no-such-thing");
        assertThat(response.statusCode()).isIn(401, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var body = json(response);
        assertThat(body.get("type").asString()).startsWith("/problems/");
        assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(body.get("detail").asString()).containsAnyOf("Bạn cần đăng nhập", "Không tìm thấy");
    }

    @Test
    void apiFollowsAcceptLanguageEnglish() {
        var response = get("/api/v1/no-such-thing", "en-US,en;q=0.9");
        assertThat(json(response).get("detail").asString()).containsAnyOf("Please sign in", "was not found");
    }

    @Test
    void healthIsUpAndPrometheusIsServed() {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
        var metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDescribesThePublicApi() {
        var docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json(docs).get("openapi").asString()).startsWith("3.");
    }

    @Test
    void homePageIsVietnameseWithAnEnglishSwitch() throws Exception {
        var vi = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(vi.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Nền tảng cải cách hành chính").contains("lang=en");
        var en = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/?lang=en"))
                .andReturn().getResponse();
        assertThat(en.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("administrative reform platform");
    }

    @Test
    void auditTrailRefusesUpdatesAndDeletes(@org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("insert into shared_audit_event (occurred_at, actor, action, subject_type, subject_id) "
                + "values (now(), 'test', 'test.done', 'test', 'x')").update();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.sql("update shared_audit_event set actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.sql("delete from shared_audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anUploadOverTheLimitIsA413Problem() throws Exception {
        String boundary = "parhub-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"0\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 33 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(url("/api/v1/public/dossiers")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "en").header("Idempotency-Key", "too-big")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(json(response).get("detail").asString()).contains("larger than allowed");
    }
}
