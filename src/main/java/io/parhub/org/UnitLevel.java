package io.parhub.org;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tier of an administrative unit. Until 30/6/2025 province → district → commune; from 1/7/2025 (Nghị quyết
 * 202/2025/QH15, Luật Tổ chức chính quyền địa phương 2025) province → commune: a commune's depth in the tree
 * changes, its tier does not.
 */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE;

    /** The lower-case name used in the database, the API and message keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<UnitLevel> fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key().equals(key)).findFirst();
    }
}
