package io.parhub.procedure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The 415 national procedure records shipped as demo data (seed/procedures/README.md: dichvucong.gov.vn via
 * github.com/chatbot-tthc/chatbot_tthc), turned into one seed publication decision. Only what the data states is
 * kept: no deadline, fee, online mode or number of copies is invented.
 */
final class ProcedureSeed {

    static final String NUMBER = "DVCQG-2026";
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    private static final String DIR = "seed/procedures/";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Pattern SINGLE_TIME = Pattern.compile("(\\d+(?:[.,]\\d+)?) (Ngày làm việc|Ngày|Giờ)");
    /**
     * The portal's "Trình tự thực hiện" is one run of text: a new step starts at "Bước N:", or at a dash that opens
     * a sentence ("- Nếu …" at the start or after a full stop); dashes inside a sentence stay.
     */
    private static final Pattern STEP = Pattern.compile("(?=Bước \\d+\\s*[:.])|(?:^|(?<=[.;:]))\\s*-\\s+(?=\\p{Lu})");
    /** "Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam": commas inside parentheses do not split. */
    private static final Pattern LIST_COMMA = Pattern.compile(",\\s*(?![^()]*\\))");

    private ProcedureSeed() {
    }

    static PublicationDecision decision() {
        Map<String, Map<String, String>> details = new HashMap<>();
        read("procedure_details.csv").forEach(row -> details.put(row.get("code"), row));
        Map<String, Set<Channel>> channels = new HashMap<>();
        for (Map<String, String> row : read("procedure_channels.csv")) {
            Channel channel = channel(row.get("channel"));
            if (channel != null) {
                channels.computeIfAbsent(row.get("code"), c -> EnumSet.noneOf(Channel.class)).add(channel);
            }
        }
        List<ProcedureChange> changes = new ArrayList<>();
        for (Map<String, String> row : read("procedures.csv")) {
            String code = row.get("code");
            changes.add(ProcedureChange.added(code, content(row, details.getOrDefault(code, Map.of()),
                    channels.getOrDefault(code, Set.of()))));
        }
        return new PublicationDecision(NUMBER, EFFECTIVE, null, EFFECTIVE,
                "Cổng Dịch vụ công quốc gia (dữ liệu mẫu)",
                "Dữ liệu mẫu, không phải quyết định công bố của tỉnh: 415 thủ tục hành chính từ dichvucong.gov.vn "
                        + "(qua github.com/chatbot-tthc/chatbot_tthc, commit 5322948), xem seed/procedures/README.md.",
                changes);
    }

    static ProcedureContent content(Map<String, String> row, Map<String, String> detail, Set<Channel> channels) {
        return new ProcedureContent(row.get("name"), row.get("field"), levels(row.get("level")),
                blankToNull(detail.get("competent_authority")), blankToNull(row.get("agency")),
                steps(detail.get("steps")),
                split(row.get("components")).stream().map(n -> new DossierComponent(n, null, null, null)).toList(),
                time(row.get("deadline_text"), row.get("deadline_working_days")), List.of(),
                blankToNull(row.get("fee_text")), blankToNull(detail.get("result")), null,
                split(row.get("legal_basis")), null, null, List.copyOf(new LinkedHashSet<>(channels)),
                applicants(detail.get("applicant_types")), blankToNull(detail.get("decision_no")),
                blankToNull(detail.get("portal_url")));
    }

    /** "Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác": "Cơ quan khác" is not a level and is dropped. */
    static List<ProcedureLevel> levels(@Nullable String text) {
        List<ProcedureLevel> levels = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.split(",")) {
            switch (part.strip()) {
                case "Cấp bộ" -> levels.add(ProcedureLevel.MINISTRY);
                case "Cấp tỉnh" -> levels.add(ProcedureLevel.PROVINCE);
                case "Cấp huyện" -> levels.add(ProcedureLevel.DISTRICT);
                case "Cấp xã" -> levels.add(ProcedureLevel.COMMUNE);
                default -> {
                }
            }
        }
        return levels;
    }

    /**
     * The README's rule: a number of working days only where every counter row states the same one; otherwise a
     * single "N unit" statement, otherwise the per-channel wording as text; nothing when the portal gave no unit.
     */
    static @Nullable ProcessingTime time(@Nullable String text, @Nullable String workingDays) {
        String wording = blankToNull(text);
        if (blankToNull(workingDays) != null) {
            boolean plain = wording == null || wording.equals(workingDays.strip() + " Ngày làm việc");
            return new ProcessingTime(new BigDecimal(workingDays.strip()), TimeUnit.WORKING_DAYS,
                    plain ? null : wording);
        }
        if (wording == null) {
            return null;
        }
        Matcher single = SINGLE_TIME.matcher(wording);
        if (single.matches()) {
            TimeUnit unit = switch (single.group(2)) {
                case "Ngày làm việc" -> TimeUnit.WORKING_DAYS;
                case "Ngày" -> TimeUnit.CALENDAR_DAYS;
                default -> TimeUnit.WORKING_HOURS;
            };
            return new ProcessingTime(new BigDecimal(single.group(1).replace(',', '.')), unit, null);
        }
        return new ProcessingTime(null, null, wording);
    }

    static List<String> steps(@Nullable String text) {
        if (blankToNull(text) == null) {
            return List.of();
        }
        return Arrays.stream(STEP.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static @Nullable Channel channel(@Nullable String text) {
        return switch (text == null ? "" : text.strip()) {
            case "Trực tiếp" -> Channel.COUNTER;
            case "Trực tuyến" -> Channel.ONLINE;
            case "Dịch vụ bưu chính" -> Channel.POST;
            default -> null;
        };
    }

    private static List<String> applicants(@Nullable String text) {
        if (blankToNull(text) == null) {
            return List.of();
        }
        return Arrays.stream(LIST_COMMA.split(text)).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    private static List<String> split(@Nullable String text) {
        if (blankToNull(text) == null) {
            return List.of();
        }
        return Arrays.stream(text.split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<Map<String, String>> read(String file) {
        try (var in = new InputStreamReader(new ClassPathResource(DIR + file).getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            return parser.stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + file, e);
        }
    }
}
