package io.parhub.org;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads a UTF-8 seed CSV with a header row from the classpath into one map per row (header → value). */
final class SeedCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get();

    private SeedCsv() {
    }

    static List<Map<String, String>> read(String classpath) {
        try (var in = new InputStreamReader(new ClassPathResource(classpath).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            return parser.stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + classpath, e);
        }
    }
}
