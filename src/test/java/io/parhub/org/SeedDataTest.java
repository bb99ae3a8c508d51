package io.parhub.org;

import io.parhub.ApplicationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed of seed/admin-units and seed/org, read back through the module's public API. */
class SeedDataTest extends ApplicationTest {

    @Autowired
    AdminUnits units;

    @Autowired
    Agencies agencies;

    @Autowired
    OrgSeedLoader loader;

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

    @Test
    void socTrangBeforeTheReformHasElevenDistrictsAnd108Communes() {
        assertThat(units.byCode("94", MARCH_2025)).get().extracting(AdminUnit::name).isEqualTo("Tỉnh Sóc Trăng");
        assertThat(units.list(MARCH_2025, "94", UnitLevel.DISTRICT)).hasSize(11);
        assertThat(units.list(MARCH_2025, "94", UnitLevel.COMMUNE)).hasSize(108);
        assertThat(units.list(MARCH_2025, "941", UnitLevel.COMMUNE)).extracting(AdminUnit::parentCode)
                .containsOnly("941").hasSize(9);
    }

    @Test
    void socTrangHad109CommunesBeforeTheRearrangementOf2024() {
        LocalDate day = LocalDate.of(2020, 6, 1);
        assertThat(units.list(day, "94", UnitLevel.COMMUNE)).hasSize(109);
        assertThat(units.byCode("31522", day)).get().extracting(AdminUnit::name).isEqualTo("Phường 9");
        assertThat(units.byCode("31522", LocalDate.of(2024, 9, 1))).get().extracting(AdminUnit::name)
                .isEqualTo("Phường 1");
        assertThat(units.byCode("31513", LocalDate.of(2024, 9, 1))).isEmpty();
    }

    @Test
    void canThoAfterTheReformHas103CommunesDirectlyUnderTheCity() {
        LocalDate day = LocalDate.of(2025, 8, 1);
        assertThat(units.byCode("92", day)).get().extracting(AdminUnit::name).isEqualTo("Thành phố Cần Thơ");
        assertThat(units.list(day, "92", UnitLevel.COMMUNE)).hasSize(103).extracting(AdminUnit::parentCode)
                .containsOnly("92");
        assertThat(units.list(day, "92", UnitLevel.DISTRICT)).isEmpty();
        assertThat(units.byCode("94", day)).isEmpty();
    }

    @Test
    void loadingAgainChangesNothing() {
        int before = agencies.all(MARCH_2025).size();
        loader.load();
        assertThat(agencies.all(MARCH_2025)).hasSize(before);
        assertThat(units.history("94")).hasSize(1);
    }

    @Test
    void agencyTreeOfSocTrangIn2020() {
        LocalDate day = LocalDate.of(2020, 6, 1);
        Agency province = agencies.byCode("UBND-94", day).orElseThrow();
        Agency district = agencies.byCode("UBND-941", day).orElseThrow();
        Agency commune = agencies.byCode("UBND-31498", day).orElseThrow();
        Agency home = agencies.byCode("SNV-94", day).orElseThrow();
        Agency centre = agencies.byCode("TTPVHCC-94", day).orElseThrow();

        assertThat(province.parentId()).isNull();
        assertThat(district.parentId()).isEqualTo(province.id());
        assertThat(commune.parentId()).isEqualTo(district.id());
        assertThat(commune.unitCode()).isEqualTo("31498");
        assertThat(centre.parentId()).isEqualTo(agencies.byCode("VPUB-94", day).orElseThrow().id());
        assertThat(agencies.all(day)).filteredOn(a -> a.kind() == AgencyKind.DEPARTMENT).hasSize(18);
        assertThat(agencies.all(day)).filteredOn(a -> a.kind() == AgencyKind.CENTRAL_AGENCY)
                .allMatch(a -> a.parentId() == null);

        assertThat(agencies.isWithin(commune.id(), district.id())).isTrue();
        assertThat(agencies.isWithin(commune.id(), province.id())).isTrue();
        assertThat(agencies.isWithin(district.id(), district.id())).isTrue();
        assertThat(agencies.isWithin(home.id(), district.id())).isFalse();
        assertThat(agencies.isWithin(province.id(), commune.id())).isFalse();
    }

    @Test
    void aReusedAgencyCodeNamesDifferentAgenciesBeforeAndAfter() {
        Agency before = agencies.byCode("UBND-31507", LocalDate.of(2024, 6, 1)).orElseThrow();
        Agency after = agencies.byCode("UBND-31507", LocalDate.of(2025, 8, 1)).orElseThrow();
        assertThat(before.id()).isNotEqualTo(after.id());
        assertThat(before.name()).contains("Phường 6");
        assertThat(after.name()).contains("Phường Sóc Trăng");
        assertThat(after.validTo()).isNull();
        assertThat(before.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
        Agency canTho = agencies.byCode("UBND-92", LocalDate.of(2025, 8, 1)).orElseThrow();
        assertThat(agencies.isWithin(after.id(), canTho.id())).isTrue();
        assertThat(agencies.byId(after.id())).contains(after);
    }
}
