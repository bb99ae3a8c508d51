package io.parhub.org;

import io.parhub.ApplicationTest;
import io.parhub.org.store.UnitWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reorganisations through the admin JSON API: merge, split, rename, the guards, and idempotent retries. */
@WithMockUser(username = "admin.test", roles = "ADMIN")
class ReorganisationApiTest extends ApplicationTest {

    private static final String BASIS = "Nghị quyết thử 1/NQ-UBTVQH15";

    @Autowired
    UnitWriter writer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdminUnits units;

    TestUnits t;

    @BeforeEach
    void testProvince() {
        t = TestUnits.create(writer, transaction);
    }

    @Test
    void aMergeEndsTheOldCommunesAndLinksTheNewOne() throws Exception {
        send(null, """
                {"kind":"MERGE","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s","%s"],
                 "newUnits":[{"code":"%s","name":"Xã thử hợp nhất","type":"Xã"}]}
                """.formatted(BASIS, t.c(1), t.c(2), t.c(2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endedCodes").value(org.hamcrest.Matchers.containsInAnyOrder(t.c(1), t.c(2))))
                .andExpect(jsonPath("$.createdCodes[0]").value(t.c(2)));

        LocalDate after = LocalDate.of(2023, 1, 1);
        AdminUnit merged = units.byCode(t.c(2), after).orElseThrow();
        assertThat(merged.name()).isEqualTo("Xã thử hợp nhất");
        assertThat(merged.parentCode()).isEqualTo(t.d1());
        assertThat(units.predecessors(merged.id())).extracting(l -> l.other().name())
                .containsExactlyInAnyOrder("Xã thử 1", "Xã thử 2");
        assertThat(units.byCode(t.c(1), after)).isEmpty();
        assertThat(units.latestUpTo(t.c(1), after).orElseThrow().validTo()).isEqualTo(after);
        assertThat(units.byCode(t.c(2), LocalDate.of(2022, 12, 31)).orElseThrow().name()).isEqualTo("Xã thử 2");
        assertThat(units.list(after, t.d1(), UnitLevel.COMMUNE)).hasSize(2);
        assertThat(auditRows(t.c(2))).isEqualTo(1);
    }

    @Test
    void aSplitMakesTwoSuccessors() throws Exception {
        send(null, """
                {"kind":"SPLIT","effectiveDate":"2023-06-01","legalBasis":"%s","oldCodes":["%s"],
                 "newUnits":[{"code":"%sA","name":"Xã thử 4A","type":"Xã"},
                             {"code":"%sB","name":"Xã thử 4B","type":"Xã","parentCode":"%s"}]}
                """.formatted(BASIS, t.c(4), t.c(4), t.c(4), t.d1())).andExpect(status().isCreated());

        AdminUnit old = units.latestUpTo(t.c(4), LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(units.successors(old.id())).extracting(l -> l.other().code() + "@" + l.other().parentCode())
                .containsExactlyInAnyOrder(t.c(4) + "A@" + t.d2(), t.c(4) + "B@" + t.d1());
        assertThat(units.successors(old.id())).extracting(UnitLink::kind).containsOnly(LineageKind.SPLIT);
    }

    @Test
    void aRenameKeepsTheCodeAndTheHistory() throws Exception {
        send(null, """
                {"kind":"RENAME","effectiveDate":"2022-03-01","legalBasis":"%s","oldCodes":["%s"],
                 "newUnits":[{"code":"%s","name":"Thị trấn thử","type":"Thị trấn"}]}
                """.formatted(BASIS, t.c(3), t.c(3))).andExpect(status().isCreated());

        assertThat(units.history(t.c(3))).extracting(AdminUnit::name).containsExactly("Xã thử 3", "Thị trấn thử");
        JsonNode before = json(get("/api/v1/units/" + t.c(3) + "?at=2022-02-28"));
        assertThat(before.get("name").asString()).isEqualTo("Xã thử 3");
        assertThat(before.get("successors").get(0).get("kind").asString()).isEqualTo("RENAME");
    }

    @Test
    void mergingDistrictsMovesTheirCommunesWithDatedParentLinks() throws Exception {
        send(null, """
                {"kind":"MERGE","effectiveDate":"2024-01-01","legalBasis":"%s","oldCodes":["%s","%s"],
                 "newUnits":[{"code":"%sD9","name":"Huyện thử hợp nhất","type":"Huyện"}]}
                """.formatted(BASIS, t.d1(), t.d2(), t.prefix())).andExpect(status().isCreated());

        LocalDate after = LocalDate.of(2024, 1, 1);
        assertThat(units.list(after, t.prefix() + "D9", UnitLevel.COMMUNE)).hasSize(4)
                .extracting(AdminUnit::parentCode).containsOnly(t.prefix() + "D9");
        assertThat(units.byCode(t.c(4), LocalDate.of(2023, 12, 31)).orElseThrow().parentCode()).isEqualTo(t.d2());
        assertThat(units.list(after, t.p(), UnitLevel.COMMUNE)).hasSize(4);
        assertThat(units.list(after, t.p(), UnitLevel.DISTRICT)).extracting(AdminUnit::code)
                .containsExactly(t.prefix() + "D9");
    }

    @Test
    void aBadReorganisationWritesNothing() throws Exception {
        long unitsBefore = count("org_unit");
        long linksBefore = count("org_unit_link");
        long lineageBefore = count("org_unit_lineage");
        long auditBefore = count("shared_audit_event");

        send("bad-" + t.prefix(), """
                {"kind":"MERGE","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s","%sX"],
                 "newUnits":[{"code":"%s","name":"Không được","type":"Xã"}]}
                """.formatted(BASIS, t.c(1), t.prefix(), t.c(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/reorganisation-invalid"))
                .andExpect(jsonPath("$.detail").value("Đơn vị mã " + t.prefix() + "X không tồn tại vào ngày 2023-01-01."));

        assertThat(count("org_unit")).isEqualTo(unitsBefore);
        assertThat(count("org_unit_link")).isEqualTo(linksBefore);
        assertThat(count("org_unit_lineage")).isEqualTo(lineageBefore);
        assertThat(count("shared_audit_event")).isEqualTo(auditBefore);
        assertThat(units.byCode(t.c(1), LocalDate.of(2024, 1, 1))).isPresent();
        assertThat(jdbc.sql("select count(*) from org_reorganisation where idempotency_key = :k")
                .param("k", "bad-" + t.prefix()).query(Long.class).single()).isZero();
    }

    @Test
    void theShapeOfEachKindIsCheckedInBothLanguages() throws Exception {
        String split = """
                {"kind":"SPLIT","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s"],
                 "newUnits":[{"code":"%sZ","name":"Một","type":"Xã"}]}""".formatted(BASIS, t.c(1), t.prefix());
        mvc.perform(post("/api/v1/admin/reorganisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(split))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid reorganisation"))
                .andExpect(jsonPath("$.detail").value("A split needs exactly one old unit and at least two new units."));
        send(null, """
                {"kind":"RENAME","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s"],
                 "newUnits":[{"code":"%sR","name":"Mã khác","type":"Xã"}]}""".formatted(BASIS, t.c(1), t.prefix()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Đổi tên giữ nguyên mã: mã đơn vị mới phải trùng mã đơn vị cũ."));
        send(null, """
                {"kind":"MOVE","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":[],"newUnits":[]}"""
                .formatted(BASIS)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/reorganisation-invalid"));
    }

    @Test
    void aNewCodeMayNotOverlapAnotherVersion() throws Exception {
        // C3 still exists: merging C1 and C2 into a unit coded C3 would give C3 two versions at once
        send(null, """
                {"kind":"MERGE","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s","%s"],
                 "newUnits":[{"code":"%s","name":"Trùng mã","type":"Xã"}]}
                """.formatted(BASIS, t.c(1), t.c(2), t.c(3)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/unit-code-overlap"));
        // and the database refuses it too (btree_gist exclusion constraint)
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> writer.create(t.c(3), "Trùng", UnitLevel.COMMUNE,
                "Xã", null, LocalDate.of(2022, 1, 1), null))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameResultWithoutWritingTwice() throws Exception {
        String body = """
                {"kind":"MERGE","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s","%s"],
                 "newUnits":[{"code":"%s","name":"Xã thử lặp","type":"Xã"}]}
                """.formatted(BASIS, t.c(1), t.c(2), t.c(1));
        String key = "retry-" + t.prefix();
        JsonNode first = JSON.readTree(send(key, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long lineage = count("org_unit_lineage");
        JsonNode second = JSON.readTree(send(key, body).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(second.get("createdCodes")).isEqualTo(first.get("createdCodes"));
        assertThat(second.get("replayed").asBoolean()).isTrue();
        assertThat(count("org_unit_lineage")).isEqualTo(lineage);
        assertThat(units.history(t.c(1))).hasSize(2);
        assertThat(auditRows(t.c(1))).isEqualTo(1);

        send(key, body.replace("Xã thử lặp", "Tên khác")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"));
        // operationId in the body works as the key when no header is sent
        String withId = body.replace("\"kind\"", "\"operationId\":\"" + key + "\",\"kind\"");
        send(null, withId).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(first.get("id").asLong()));
    }

    @Test
    @WithMockUser(username = "specialist.test", roles = "SPECIALIST")
    void onlyAdministratorsMayReorganise() throws Exception {
        send(null, """
                {"kind":"RENAME","effectiveDate":"2023-01-01","legalBasis":"%s","oldCodes":["%s"],
                 "newUnits":[{"code":"%s","name":"Không có quyền","type":"Xã"}]}""".formatted(BASIS, t.c(1), t.c(1)))
                .andExpect(status().isForbidden());
        assertThat(units.history(t.c(1))).hasSize(1);
    }

    private ResultActions send(String key, String body) throws Exception {
        var request = post("/api/v1/admin/reorganisations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long auditRows(String code) {
        return jdbc.sql("""
                select count(*) from shared_audit_event
                where action = 'org.reorganised' and subject_type = 'org_unit' and subject_id = :code
                """).param("code", code).query(Long.class).single();
    }
}
