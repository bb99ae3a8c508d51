package io.parhub.org;

import io.parhub.org.store.AgencyStore;
import io.parhub.org.store.UnitStore;
import java.time.LocalDate;
import java.util.Map;

/**
 * Loads seed/org/agencies-soc-trang.csv. Parents and units are named by code and resolved on the agency's first
 * day, which is how a reused code such as {@code UBND-31522} finds the right version.
 */
final class AgencySeed {

    private final AgencyStore agencies;
    private final UnitStore units;

    AgencySeed(AgencyStore agencies, UnitStore units) {
        this.agencies = agencies;
        this.units = units;
    }

    void load() {
        for (Map<String, String> row : SeedCsv.read("seed/org/agencies-soc-trang.csv")) {
            LocalDate from = LocalDate.parse(row.get("valid_from"));
            String to = row.get("valid_to");
            Long parent = row.get("parent_code").isEmpty() ? null
                    : agencies.byCode(row.get("parent_code"), from).orElseThrow(() -> new IllegalStateException(
                            "seed agency " + row.get("code") + ": no parent " + row.get("parent_code") + " on " + from))
                            .id();
            Long unit = row.get("unit_code").isEmpty() ? null
                    : units.byCode(row.get("unit_code"), from).orElseThrow(() -> new IllegalStateException(
                            "seed agency " + row.get("code") + ": no unit " + row.get("unit_code") + " on " + from))
                            .id();
            agencies.create(row.get("code"), row.get("name"), AgencyKind.valueOf(row.get("kind")), parent, unit, from,
                    to.isEmpty() ? null : LocalDate.parse(to), row.get("source"));
        }
    }
}
