package io.parhub.procedure.bundle;

import io.parhub.procedure.TimeUnit;
import io.parhub.procedure.process.Duration;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the interconnected bundles of {@code seed/procedures/bundles.csv} (one row per part; the bundle's columns
 * repeat on each row), in one transaction, skipping versions already there. A bundle whose parts exceed its total is
 * a mistake in the file and stops the start.
 */
@Component
@Order(60)
class BundleSeed implements ApplicationRunner {

    static final String RESOURCE = "seed/procedures/bundles.csv";
    private static final Logger log = LoggerFactory.getLogger(BundleSeed.class);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final BundleStore store;
    private final TransactionTemplate transaction;

    BundleSeed(BundleStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        int loaded = transaction.execute(status -> {
            int n = 0;
            for (Bundle bundle : bundles()) {
                if (BundleRules.check(bundle) == BundleRules.Fit.EXCEEDS) {
                    throw new IllegalStateException("bundle " + bundle.code() + ": parts exceed the total");
                }
                if (!store.exists(bundle.code(), bundle.validFrom())) {
                    store.insert(bundle);
                    n++;
                }
            }
            return n;
        });
        if (loaded > 0) {
            log.info("Loaded {} interconnected procedure bundles", loaded);
        }
    }

    static List<Bundle> bundles() {
        Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
        try (var in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            for (CSVRecord row : parser) {
                rows.computeIfAbsent(row.get("bundle_code") + "|" + row.get("valid_from"), k -> new ArrayList<>())
                        .add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return rows.values().stream().map(BundleSeed::bundle).toList();
    }

    private static Bundle bundle(List<CSVRecord> rows) {
        CSVRecord b = rows.get(0);
        List<BundlePart> parts = rows.stream().map(r -> new BundlePart(Integer.parseInt(r.get("position")),
                Integer.parseInt(r.get("stage")), blankToNull(r.get("procedure_code")), r.get("part_name"),
                r.get("agency"), duration(r.get("amount"), r.get("unit")), blankToNull(r.get("time_text"))))
                .toList();
        String to = blankToNull(b.get("valid_to"));
        return new Bundle(b.get("bundle_code"), b.get("bundle_name"), LocalDate.parse(b.get("valid_from")),
                to == null ? null : LocalDate.parse(to), duration(b.get("total_amount"), b.get("total_unit")),
                blankToNull(b.get("total_text")), b.get("legal_basis"), b.get("source"), parts);
    }

    private static @Nullable Duration duration(String amount, String unit) {
        return amount.isBlank() ? null : new Duration(new BigDecimal(amount), TimeUnit.valueOf(unit));
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
