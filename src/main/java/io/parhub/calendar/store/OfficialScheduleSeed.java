package io.parhub.calendar.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped official schedules ({@code seed/holidays/official-2024-2026.csv}) at startup. Idempotent:
 * a year that already has a schedule (seeded before, or entered by an administrator) is left as it is.
 */
@Component
class OfficialScheduleSeed implements ApplicationRunner {

    static final String RESOURCE = "seed/holidays/official-2024-2026.csv";
    private static final Logger log = LoggerFactory.getLogger(OfficialScheduleSeed.class);

    private final ScheduleAdministration administration;
    private final HolidayRules rules;

    OfficialScheduleSeed(ScheduleAdministration administration, HolidayRules rules) {
        this.administration = administration;
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ScheduleCsv.Parsed parsed;
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8)) {
            parsed = ScheduleCsv.read(reader, rules.all());
        }
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is invalid: " + parsed.problems());
        }
        Map<Integer, List<ScheduleDay>> byYear = parsed.days().stream()
                .collect(Collectors.groupingBy(d -> d.date().getYear(), TreeMap::new, Collectors.toList()));
        byYear.forEach((year, days) -> {
            if (administration.seedIfAbsent(year, days)) {
                log.info("Loaded the official holiday schedule of {} ({} days)", year, days.size());
            }
        });
    }
}
