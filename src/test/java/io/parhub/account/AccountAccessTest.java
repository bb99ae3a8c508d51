package io.parhub.account;

import io.parhub.ApplicationTest;
import io.parhub.account.store.StaffAccounts;
import io.parhub.org.Agencies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Role and agency subtree bound what a staff member reads; sign-in locks after repeated failures. */
class AccountAccessTest extends ApplicationTest {

    private static final String DEMO_PASSWORD = "Parhub@2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    StaffAccounts accounts;
    @Autowired
    Agencies agencies;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerCannotReadAnotherAgencysAccounts() throws Exception {
        var own = basicGet("/api/v1/staff/accounts", "chuyenvien.stp", DEMO_PASSWORD);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("lanhdao.stp").doesNotContain("cchc.snv");

        var other = basicGet("/api/v1/staff/accounts?agency=SNV-92", "chuyenvien.stp", DEMO_PASSWORD);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(other.body()).get("type").asString()).isEqualTo("/problems/agency-out-of-scope");
    }

    @Test
    void theParOfficeReadsEveryAgencyButACommuneOfficerOnlyItsOwn() throws Exception {
        var parOffice = basicGet("/api/v1/staff/accounts?agency=STP-92", "cchc.snv", DEMO_PASSWORD);
        assertThat(parOffice.statusCode()).isEqualTo(200);
        assertThat(parOffice.body()).contains("chuyenvien.stp");

        var commune = basicGet("/api/v1/staff/accounts?agency=STP-92", "motcua.phuong", DEMO_PASSWORD);
        assertThat(commune.statusCode()).isEqualTo(403);

        var province = basicGet("/api/v1/staff/accounts?agency=UBND-31510", "lanhdao.tinh", DEMO_PASSWORD);
        assertThat(province.body()).contains("motcua.phuong");
    }

    @Test
    void aDistrictLeaderOfSocTrangSeesItsCommunesHistory() {
        var district = agencies.byCode("UBND-941", LocalDate.of(2024, 12, 31)).orElseThrow();
        var commune = agencies.all(LocalDate.of(2024, 12, 31)).stream()
                .filter(a -> a.parentId() != null && a.parentId() == district.id()).findFirst().orElseThrow();
        var snv = agencies.byCode("SNV-94", LocalDate.of(2024, 12, 31)).orElseThrow();
        assertThat(agencies.isWithin(commune.id(), district.id())).isTrue();
        assertThat(agencies.isWithin(snv.id(), district.id())).isFalse();
    }

    @Test
    void apiWithoutCredentialsIsA401Problem() throws Exception {
        var response = get("/api/v1/staff/me", "en");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("detail").asString()).contains("sign in");
        var me = basicGet("/api/v1/staff/me", "lanhdao.stp", DEMO_PASSWORD);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("agency").get("code").asString()).isEqualTo("STP-92");
        assertThat(JSON.readTree(me.body()).get("roles").get(0).asString()).isEqualTo("AGENCY_LEADER");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLockIsAudited() throws Exception {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        long agency = agencies.byCode("STP-92", LocalDate.of(2026, 1, 1)).orElseThrow().id();
        accounts.insert(username, "Lock Test", null, passwords.encode("Right-pass-123"), agency,
                EnumSet.of(Role.SPECIALIST), Instant.now());

        for (int i = 0; i < 5; i++) {
            assertThat(basicGet("/api/v1/staff/me", username, "wrong-pass-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basicGet("/api/v1/staff/me", username, "Right-pass-123").statusCode())
                .as("the right password is refused while locked").isEqualTo(401);
        assertThat(accounts.byUsername(username).orElseThrow().lockedAt(Instant.now())).isTrue();
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'account.locked' and subject_id = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1);

        accounts.unlock(accounts.byUsername(username).orElseThrow().id());
        assertThat(basicGet("/api/v1/staff/me", username, "Right-pass-123").statusCode()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = accounts.byUsername("admin").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(DEMO_PASSWORD);
    }

    private HttpResponse<String> basicGet(String path, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousApiChangeIsA401ProblemNotACsrfRefusal() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/reorganisations")))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("/problems/unauthorized");
    }
}
