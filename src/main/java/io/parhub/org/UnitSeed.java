package io.parhub.org;

import io.parhub.org.store.UnitWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Loads the administrative units of seed/admin-units (see its README): Sóc Trăng before 1/7/2025, Cần Thơ and
 * Hậu Giang before (from the old side of the NSO conversion table), Cần Thơ after, and the lineage between them.
 */
final class UnitSeed {

    /** Start of parhub's recorded history, not the founding date of any unit (see docs/org.md). */
    static final LocalDate HISTORY_START = LocalDate.of(2020, 1, 1);
    /** Nghị quyết 202/2025/QH15: provinces merged and district level abolished from this day. */
    static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);
    /** Nghị quyết 1105/NQ-UBTVQH15 ngày 23/7/2024, in force from 1/9/2024. */
    static final LocalDate SOC_TRANG_2024 = LocalDate.of(2024, 9, 1);

    static final String PROVINCE_BASIS = "Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh";
    static final String DISTRICT_BASIS = "Luật Tổ chức chính quyền địa phương 2025; Nghị quyết 202/2025/QH15 (bỏ cấp huyện từ 01/7/2025)";
    static final String COMMUNE_BASIS = "Nghị quyết 1668/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của thành phố Cần Thơ";
    static final String SOC_TRANG_2024_BASIS = "Nghị quyết 1105/NQ-UBTVQH15 ngày 23/7/2024 của Ủy ban Thường vụ Quốc hội (Phường 9 và Phường 1 nhập thành Phường 1)";

    /** The lineage file names no provinces; these two merged into Cần Thơ with Sóc Trăng. */
    private static final Map<String, String[]> OLD_PROVINCES = Map.of(
            "92", new String[] {"Thành phố Cần Thơ", "Thành phố trực thuộc trung ương"},
            "93", new String[] {"Tỉnh Hậu Giang", "Tỉnh"});

    private final UnitWriter writer;
    /** Old (before 1/7/2025) versions by code. */
    private final Map<String, Long> old = new HashMap<>();
    /** New (from 1/7/2025) versions by code. */
    private final Map<String, Long> created = new HashMap<>();

    UnitSeed(UnitWriter writer) {
        this.writer = writer;
    }

    void load() {
        loadSocTrang();
        loadOldCanThoAndHauGiang();
        loadNewCanTho();
        linkReform();
    }

    private void loadSocTrang() {
        for (Map<String, String> row : SeedCsv.read("seed/admin-units/units-before-2025.csv")) {
            String code = row.get("code");
            UnitLevel level = UnitLevel.fromKey(row.get("level")).orElseThrow();
            Long parent = row.get("parent_code").isEmpty() ? null : old.get(row.get("parent_code"));
            if (code.equals("31522")) {
                socTrang2024(parent);
            }
            LocalDate from = code.equals("31522") ? SOC_TRANG_2024 : HISTORY_START;
            old.put(code, writer.create(code, row.get("name"), level, row.get("type"), parent, from, REFORM_2025));
        }
        long merged = old.get("31522");
        writer.lineage(old.remove("31513"), merged, LineageKind.MERGE, SOC_TRANG_2024, SOC_TRANG_2024_BASIS, null, null);
        writer.lineage(old.remove("31522-old"), merged, LineageKind.MERGE, SOC_TRANG_2024, SOC_TRANG_2024_BASIS, null,
                null);
    }

    /** Before 1/9/2024: 31513 Phường 1 and 31522 Phường 9 of Thành phố Sóc Trăng (109 communes 2019–2024). */
    private void socTrang2024(@Nullable Long parent) {
        old.put("31513", writer.create("31513", "Phường 1", UnitLevel.COMMUNE, "Phường", parent, HISTORY_START,
                SOC_TRANG_2024));
        old.put("31522-old", writer.create("31522", "Phường 9", UnitLevel.COMMUNE, "Phường", parent, HISTORY_START,
                SOC_TRANG_2024));
    }

    private void loadOldCanThoAndHauGiang() {
        List<Map<String, String>> rows = SeedCsv.read("seed/admin-units/lineage-2025.csv").stream()
                .filter(r -> !r.get("old_province_code").equals("94")).toList();
        for (String province : List.of("92", "93")) {
            String[] nameType = OLD_PROVINCES.get(province);
            old.put(province, writer.create(province, nameType[0], UnitLevel.PROVINCE, nameType[1], null,
                    HISTORY_START, REFORM_2025));
        }
        for (Map<String, String> row : rows) {
            String district = row.get("old_district_code");
            if (!old.containsKey(district)) {
                old.put(district, writer.create(district, row.get("old_district_name"), UnitLevel.DISTRICT,
                        typeOf(row.get("old_district_name")), old.get(row.get("old_province_code")), HISTORY_START,
                        REFORM_2025));
            }
            String commune = row.get("old_commune_code");
            if (!old.containsKey(commune)) {
                old.put(commune, writer.create(commune, row.get("old_name"), UnitLevel.COMMUNE,
                        typeOf(row.get("old_name")), old.get(district), HISTORY_START, REFORM_2025));
            }
        }
    }

    private void loadNewCanTho() {
        for (Map<String, String> row : SeedCsv.read("seed/admin-units/units-from-2025-07-01.csv")) {
            String parent = row.get("parent_code");
            created.put(row.get("code"), writer.create(row.get("code"), row.get("name"),
                    UnitLevel.fromKey(row.get("level")).orElseThrow(), row.get("type"),
                    parent.isEmpty() ? null : created.get(parent), REFORM_2025, null));
        }
    }

    private void linkReform() {
        long canTho = created.get("92");
        for (String province : List.of("94", "93", "92")) {
            writer.lineage(old.get(province), canTho, LineageKind.MERGE, REFORM_2025, PROVINCE_BASIS, null, null);
        }
        List<Map<String, String>> rows = SeedCsv.read("seed/admin-units/lineage-2025.csv");
        rows.stream().map(r -> r.get("old_district_code")).distinct().forEach(district -> writer.lineage(
                old.get(district), null, LineageKind.ABOLISHED, REFORM_2025, DISTRICT_BASIS, null, null));
        Map<String, Long> wholeMerges = rows.stream().collect(Collectors.groupingBy(r -> r.get("new_commune_code"),
                LinkedHashMap::new, Collectors.counting()));
        for (Map<String, String> row : rows) {
            writer.lineage(old.get(row.get("old_commune_code")), created.get(row.get("new_commune_code")),
                    kindOf(row.get("source_note"), wholeMerges.get(row.get("new_commune_code"))), REFORM_2025,
                    COMMUNE_BASIS, row.get("source_note"), null);
        }
    }

    /** The NSO table's note: Giữ nguyên = kept, Nhập một phần = part of a split unit, Nhập toàn bộ = merged. */
    static LineageKind kindOf(String sourceNote, long predecessorsOfNew) {
        return switch (sourceNote) {
            case "Giữ nguyên" -> LineageKind.KEPT;
            case "Nhập một phần" -> LineageKind.SPLIT;
            default -> predecessorsOfNew > 1 ? LineageKind.MERGE : LineageKind.RENAME;
        };
    }

    /** The NSO table gives no type column for old Cần Thơ and Hậu Giang units: read it off the name. */
    static String typeOf(String name) {
        String lower = name.toLowerCase(new Locale("vi"));
        for (String type : List.of("Thị trấn", "Thị xã", "Thành phố", "Phường", "Xã", "Quận", "Huyện")) {
            if (lower.startsWith(type.toLowerCase(new Locale("vi")) + " ")) {
                return type;
            }
        }
        return "";
    }
}
