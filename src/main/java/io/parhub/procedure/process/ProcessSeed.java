package io.parhub.procedure.process;

import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo internal processes for common procedures ({@code seed/procedures/processes.csv}, see PROCESSES.md beside it):
 * modelled on the usual split of provincial decisions, not copied from a real one, hence decision numbers starting
 * with {@value #DEMO_PREFIX}. Loaded through the same approval as an officer's, so a seeded process that does not add
 * up is refused and logged, never stored; approvals are idempotent, so a restart changes nothing. Runs once the
 * application is ready, after the catalogue's own seed (an ApplicationRunner) has loaded the procedures. Only with
 * demo data on: a real province enters its own decisions.
 */
@Component
class ProcessSeed {

    static final String RESOURCE = "seed/procedures/processes.csv";
    static final String DEMO_PREFIX = "MAU-";
    private static final Logger log = LoggerFactory.getLogger(ProcessSeed.class);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final ProcessApprovals approvals;
    private final boolean enabled;

    ProcessSeed(ProcessApprovals approvals, @Value("${parhub.demo.enabled:true}") boolean enabled) {
        this.approvals = approvals;
        this.enabled = enabled;
    }

    static boolean isDemo(String decisionNumber) {
        return decisionNumber.startsWith(DEMO_PREFIX);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void load() {
        if (!enabled) {
            return;
        }
        int recorded = 0;
        List<String> refused = new ArrayList<>();
        for (ProcessDraft draft : drafts()) {
            try {
                if (!approvals.approve(draft, "system").replayed()) {
                    recorded++;
                }
            } catch (DomainException e) {
                refused.add(draft.procedureCode() + " (" + e.messageKey() + ")");
            }
        }
        if (recorded > 0) {
            log.info("Loaded {} demo internal processes", recorded);
        }
        if (!refused.isEmpty()) {
            log.warn("Demo internal processes refused: {}", refused);
        }
    }

    /** The processes of the seed file, one per (procedure code, decision number), steps in file order. */
    static List<ProcessDraft> drafts() {
        Map<String, List<CSVRecord>> byProcess = new LinkedHashMap<>();
        try (var in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            for (CSVRecord row : parser) {
                byProcess.computeIfAbsent(row.get("procedure_code") + "|" + row.get("decision_number"),
                        k -> new ArrayList<>()).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<ProcessDraft> drafts = new ArrayList<>();
        for (List<CSVRecord> rows : byProcess.values()) {
            CSVRecord first = rows.get(0);
            drafts.add(new ProcessDraft(first.get("procedure_code"), first.get("decision_number"),
                    LocalDate.parse(first.get("approved_on")), LocalDate.parse(first.get("valid_from")),
                    rows.stream().map(r -> new ProcessDraft.Step(r.get("step_name"), r.get("performer"),
                            new Duration(new BigDecimal(r.get("amount")), TimeUnit.valueOf(r.get("unit")))))
                            .toList()));
        }
        return drafts;
    }
}
