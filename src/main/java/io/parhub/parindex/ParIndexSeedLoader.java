package io.parhub.parindex;

import io.parhub.parindex.store.CriteriaStore;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the default band table (the wording of Sóc Trăng's 2019 publication) for 2019–2026 and the demo criteria set
 * (seed/parindex/criteria-demo.csv, shaped on QĐ 876/QĐ-BNV, illustrative where marked) for departments and district
 * People's Committees in 2019 and departments and commune People's Committees in 2025. Years and groups that already
 * have a set are left alone.
 */
@Component
@Order(320)
class ParIndexSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ParIndexSeedLoader.class);
    static final String DEMO_BASIS = "Bộ chỉ số minh họa theo cấu trúc QĐ 876/QĐ-BNV (8 lĩnh vực, 32/100 điểm điều "
            + "tra xã hội học); tiêu chí 1.1–1.3 theo QĐ 1880/QĐ-UBND tỉnh Cà Mau (2013); phần còn lại minh họa";

    private final CriteriaStore store;

    ParIndexSeedLoader(CriteriaStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        List<Band> bands = new ArrayList<>();
        for (CSVRecord r : read("seed/parindex/bands-default.csv")) {
            String lower = r.get("lower_bound");
            bands.add(new Band(Integer.parseInt(r.get("position")), r.get("code"), r.get("name_vi"), r.get("name_en"),
                    lower.isBlank() ? null : new BigDecimal(lower), Boolean.parseBoolean(r.get("lower_inclusive")),
                    r.get("wording_vi")));
        }
        for (int year = 2019; year <= 2026; year++) {
            if (store.bands(year).isEmpty()) {
                int y = year;
                bands.forEach(b -> store.insertBand(y, b));
            }
        }
        List<CSVRecord> rows = read("seed/parindex/criteria-demo.csv");
        load(rows, 2019, UnitGroup.DEPARTMENT, "Bộ chỉ số CCHC sở, ban, ngành năm 2019 (minh họa)");
        load(rows, 2019, UnitGroup.DISTRICT, "Bộ chỉ số CCHC UBND cấp huyện năm 2019 (minh họa)");
        load(rows, 2025, UnitGroup.DEPARTMENT, "Bộ chỉ số CCHC sở, ban, ngành năm 2025 (minh họa)");
        load(rows, 2025, UnitGroup.COMMUNE, "Bộ chỉ số CCHC UBND xã, phường năm 2025 (minh họa)");
    }

    private void load(List<CSVRecord> rows, int year, UnitGroup group, String title) {
        if (store.latest(year, group).isPresent()) {
            return;
        }
        long setId = store.insertSet(year, group, title, DEMO_BASIS, true, null, "system");
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        for (CSVRecord r : rows) {
            String groups = r.get("groups");
            if (!groups.equals("ALL") && !List.of(groups.split(";")).contains(group.name())) {
                continue;
            }
            String code = r.get("code");
            int dot = code.lastIndexOf('.');
            Long parent = dot < 0 ? null : ids.get(code.substring(0, dot));
            Criterion c = new Criterion(0, setId, parent, r.get("level"), code, ++position, r.get("name"),
                    new BigDecimal(r.get("max_points")), blank(r.get("guidance")), blank(r.get("evidence")),
                    CriterionSource.valueOf(r.get("source")), blank(r.get("metric")), blank(r.get("formula")),
                    Boolean.parseBoolean(r.get("illustrative")));
            ids.put(code, store.insertCriterion(setId, parent, c));
        }
        log.info("PAR Index: demo criteria set {} {} loaded ({} rows)", year, group, position);
    }

    private static @org.jspecify.annotations.Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<CSVRecord> read(String path) throws IOException {
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
