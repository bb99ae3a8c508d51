package io.parhub.procedure.bundle;

import io.parhub.ApplicationTest;
import io.parhub.procedure.TimeUnit;
import io.parhub.procedure.process.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The two seeded interconnected bundles through the public API and pages, and the stage rule of their times. */
class BundleApiTest extends ApplicationTest {

    @Test
    void bothSeededBundlesAreInForceTodayAndNoneBeforeTheDecree() {
        JsonNode today = json(get("/api/v1/procedure-bundles"));
        assertThat(today.valueStream().map(b -> b.get("code").asString()).toList())
                .containsExactly("LT-KS-TT-BHYT", "LT-KT-XTT-MT");
        assertThat(json(get("/api/v1/procedure-bundles?at=2024-01-01"))).isEmpty();
        assertThat(get("/api/v1/procedure-bundles/LT-KS-TT-BHYT?at=2024-01-01").statusCode()).isEqualTo(404);
    }

    @Test
    void birthBundleHasItsStatedTimesAndLinksToTheCatalogue() {
        JsonNode b = json(get("/api/v1/procedure-bundles/LT-KS-TT-BHYT?at=2026-01-01"));
        assertThat(b.get("processingTime").get("amount").asInt()).isEqualTo(3);
        assertThat(b.get("processingTime").get("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(b.get("legalBasis").asString()).contains("63/2024/NĐ-CP");
        assertThat(b.get("fit").asString()).isEqualTo("FITS");
        JsonNode parts = b.get("parts");
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).get("procedureCode").asString()).isEqualTo("1.001193");
        assertThat(parts.get(1).get("procedureCode").asString()).isEqualTo("1.004222");
        assertThat(parts.get(2).get("procedureCode").isNull()).isTrue();
        assertThat(parts.get(2).get("name").asString()).contains("bảo hiểm y tế");
        assertThat(parts.get(1).get("processingTime").get("amount").asInt()).isEqualTo(2);
        assertThat(b.get("source").asString()).contains("thanhnien.vn", "cand.com.vn");
    }

    @Test
    void deathBundleKeepsUnstatedTimesUnstated() {
        JsonNode b = json(get("/api/v1/procedure-bundles/LT-KT-XTT-MT"));
        assertThat(b.get("processingTime").get("amount").isNull()).isTrue();
        assertThat(b.get("fit").asString()).isEqualTo("NOT_CHECKABLE");
        assertThat(b.get("parts").valueStream().map(p -> p.get("procedureCode").isNull() ? "" :
                p.get("procedureCode").asString()).toList()).containsExactly("1.000656", "1.003197", "");
        assertThat(get("/api/v1/procedure-bundles/NO-SUCH", "en").body()).contains("NO-SUCH");
        assertThat(get("/api/v1/procedure-bundles/NO-SUCH").statusCode()).isEqualTo(404);
    }

    @Test
    void partsOfOneStageRunSideBySide() {
        Bundle fits = bundle("3", part(1, "1"), part(2, "2"), part(2, "2"));
        assertThat(BundleRules.check(fits)).isEqualTo(BundleRules.Fit.FITS);
        Bundle sequential = bundle("3", part(1, "1"), part(2, "2"), part(3, "2"));
        assertThat(BundleRules.check(sequential)).isEqualTo(BundleRules.Fit.EXCEEDS);
        Bundle unknown = bundle("3", part(1, "1"), new BundlePart(2, 2, null, "x", "y", null, "không rõ"));
        assertThat(BundleRules.check(unknown)).isEqualTo(BundleRules.Fit.NOT_CHECKABLE);
        assertThat(BundleSeed.bundles()).allSatisfy(b -> assertThat(BundleRules.check(b))
                .isNotEqualTo(BundleRules.Fit.EXCEEDS));
    }

    @Test
    void publicPagesListAndShowTheBundles() {
        var list = get("/procedure-bundles");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"bundle-list\"", "data-code=\"LT-KS-TT-BHYT\"", "3 ngày làm việc");
        var one = get("/procedure-bundles/LT-KS-TT-BHYT?lang=en");
        assertThat(one.body()).contains("id=\"bundle-parts\"", "1.001193", "data-fit=\"FITS\"", "2 working days");
        assertThat(get("/procedure-bundles/LT-KT-XTT-MT").body()).contains("Không rõ (nguồn không nêu)");
    }

    private static Bundle bundle(String total, BundlePart... parts) {
        return new Bundle("X", "x", LocalDate.of(2024, 1, 1), null, Duration.of(total, TimeUnit.WORKING_DAYS), null,
                "basis", "source", List.of(parts));
    }

    private static BundlePart part(int stage, String days) {
        return new BundlePart(stage, stage, null, "part", "agency", Duration.of(days, TimeUnit.WORKING_DAYS), null);
    }
}
