package io.parhub.org;

import io.parhub.ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The public units and agencies API, anonymous, over HTTP, as of different dates. */
class UnitApiTest extends ApplicationTest {

    @Test
    void countsPerLevelAsOfADate() {
        assertThat(json(get("/api/v1/units?at=2025-03-01&level=province")))
                .extracting(n -> n.get("code").asString()).contains("94");
        assertThat(json(get("/api/v1/units?at=2025-03-01&parent=94&level=district"))).hasSize(11);
        assertThat(json(get("/api/v1/units?at=2025-03-01&parent=94&level=commune"))).hasSize(108);
        assertThat(json(get("/api/v1/units?at=2020-01-01&parent=94&level=commune"))).hasSize(109);
        assertThat(json(get("/api/v1/units?at=2025-08-01&parent=92&level=commune"))).hasSize(103);
        assertThat(json(get("/api/v1/units?at=2025-08-01&parent=92&level=district"))).isEmpty();
    }

    @Test
    void aListedUnitCarriesItsParentAndPeriod() {
        JsonNode communes = json(get("/api/v1/units?at=2025-03-01&parent=941&level=commune"));
        JsonNode first = communes.get(0);
        assertThat(first.get("parentCode").asString()).isEqualTo("941");
        assertThat(first.get("level").asString()).isEqualTo("commune");
        assertThat(first.get("validTo").asString()).isEqualTo("2025-07-01");
        // Vietnamese order with numbers as numbers: Phường 1, 2, 3 ... 10
        assertThat(communes).extracting(n -> n.get("name").asString()).startsWith("Phường 1", "Phường 2")
                .endsWith("Phường 10");
    }

    @Test
    void theSameCodeNamesDifferentCommunesBeforeAndAfterTheReform() {
        JsonNode before = json(get("/api/v1/units/31507?at=2024-06-01"));
        JsonNode after = json(get("/api/v1/units/31507?at=2025-08-01"));
        assertThat(before.get("name").asString()).isEqualTo("Phường 6");
        assertThat(before.get("parentCode").asString()).isEqualTo("941");
        assertThat(after.get("name").asString()).isEqualTo("Phường Sóc Trăng");
        assertThat(after.get("parentCode").asString()).isEqualTo("92");
        assertThat(after.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(after.get("predecessors")).extracting(n -> n.get("code").asString())
                .containsExactlyInAnyOrder("31498", "31501", "31504", "31507");
        assertThat(after.get("predecessors")).extracting(n -> n.get("kind").asString()).containsOnly("MERGE");
        assertThat(after.get("predecessors").get(0).get("legalBasis").asString()).contains("1668/NQ-UBTVQH15");
    }

    @Test
    void anEndedCommuneIsStillAnsweredWithItsSuccessor() {
        JsonNode ended = json(get("/api/v1/units/31498?at=2025-08-01"));
        assertThat(ended.get("name").asString()).isEqualTo("Phường 5");
        assertThat(ended.get("validTo").asString()).isEqualTo("2025-07-01");
        assertThat(ended.get("successors")).singleElement().satisfies(s -> {
            assertThat(s.get("code").asString()).isEqualTo("31507");
            assertThat(s.get("name").asString()).isEqualTo("Phường Sóc Trăng");
            assertThat(s.get("validFrom").asString()).isEqualTo("2025-07-01");
        });
    }

    @Test
    void theRearrangementOf2024IsALineageToo() {
        JsonNode merged = json(get("/api/v1/units/31522?at=2024-10-01"));
        assertThat(merged.get("name").asString()).isEqualTo("Phường 1");
        assertThat(merged.get("predecessors")).extracting(n -> n.get("name").asString())
                .containsExactlyInAnyOrder("Phường 1", "Phường 9");
        assertThat(merged.get("predecessors").get(0).get("effectiveDate").asString()).isEqualTo("2024-09-01");
    }

    @Test
    void districtsWereAbolishedAndProvincesMerged() {
        JsonNode district = json(get("/api/v1/units/941?at=2026-01-01"));
        assertThat(district.get("abolished").asBoolean()).isTrue();
        assertThat(district.get("successors")).isEmpty();
        JsonNode province = json(get("/api/v1/units/94?at=2026-01-01"));
        assertThat(province.get("successors")).singleElement()
                .satisfies(s -> assertThat(s.get("name").asString()).isEqualTo("Thành phố Cần Thơ"));
        JsonNode canTho = json(get("/api/v1/units/92?at=2026-01-01"));
        assertThat(canTho.get("predecessors")).extracting(n -> n.get("code").asString())
                .containsExactlyInAnyOrder("92", "93", "94");
    }

    @Test
    void aCodeThatNeverExistedIsA404ProblemInBothLanguages() {
        HttpResponse<String> vi = get("/api/v1/units/99999?at=2025-01-01");
        assertThat(vi.statusCode()).isEqualTo(404);
        assertThat(vi.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(vi).get("type").asString()).endsWith("/problems/unit-not-found");
        assertThat(json(vi).get("detail").asString()).contains("Không có đơn vị hành chính mã 99999");
        HttpResponse<String> en = get("/api/v1/units/99999?at=2025-01-01", "en");
        assertThat(json(en).get("detail").asString()).isEqualTo("No administrative unit with code 99999 existed up to 2025-01-01.");
        // a version that only starts later is not shown
        assertThat(get("/api/v1/units/31120?at=2019-01-01").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsA400ProblemInBothLanguages() {
        HttpResponse<String> level = get("/api/v1/units?level=hamlet", "en-GB,en;q=0.9");
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(json(level).get("type").asString()).endsWith("/problems/invalid-level");
        assertThat(json(level).get("title").asString()).isEqualTo("Invalid administrative level");
        HttpResponse<String> date = get("/api/v1/units?at=2025-13-40", "vi");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("detail").asString()).isEqualTo("Ngày \"2025-13-40\" không đúng định dạng YYYY-MM-DD.");
    }

    @Test
    void todayIsTheDefaultDate() {
        // the clock is real time (after 1/7/2025): today Cần Thơ exists and Sóc Trăng does not
        assertThat(json(get("/api/v1/units?level=province"))).extracting(n -> n.get("code").asString())
                .contains("92").doesNotContain("94");
    }

    @Test
    void agenciesAsOfADate() {
        JsonNode agencies = json(get("/api/v1/agencies?at=2020-06-01&parent=UBND-941"));
        assertThat(agencies).extracting(n -> n.get("code").asString()).contains("UBND-31498")
                .doesNotContain("SNV-94", "UBND-941");
        assertThat(agencies).allSatisfy(a -> assertThat(a.get("parentCode").asString()).isEqualTo("UBND-941"));
        JsonNode central = json(get("/api/v1/agencies?at=2020-06-01&kind=CENTRAL_AGENCY"));
        assertThat(central).extracting(n -> n.get("code").asString()).contains("CA-94", "BHXH-94", "KBNN-94");
        assertThat(central).allSatisfy(a -> assertThat(a.get("parentCode").isNull()).isTrue());
        JsonNode home = json(get("/api/v1/agencies?at=2020-06-01&kind=DEPARTMENT")).get(0);
        assertThat(home.get("unitCode").asString()).isEqualTo("94");
        assertThat(get("/api/v1/agencies?kind=MINISTRY").statusCode()).isEqualTo(400);
        assertThat(json(get("/api/v1/agencies?at=2026-01-01&parent=UBND-92&kind=PEOPLES_COMMITTEE"))).hasSize(103);
    }
}
