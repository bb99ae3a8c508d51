package io.parhub.procedure.transfer;

import io.parhub.procedure.Channel;
import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.TimeUnit;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a file may use for the catalogue's enumerations. Exports write the English constant (PROVINCE,
 * WORKING_DAYS…), which never changes; imports also accept the Vietnamese wording officers type and the national
 * portal shows ("Cấp tỉnh", "Ngày làm việc", "Toàn trình", "Trực tuyến", "Sửa đổi"…), case- and spacing-insensitive.
 */
final class Vocabulary {

    private static final Map<String, ProcedureLevel> LEVELS = new HashMap<>();
    private static final Map<String, TimeUnit> UNITS = new HashMap<>();
    private static final Map<String, OnlineMode> ONLINE = new HashMap<>();
    private static final Map<String, Channel> CHANNELS = new HashMap<>();
    private static final Map<String, ChangeKind> CHANGES = new HashMap<>();

    static {
        words(LEVELS, ProcedureLevel.MINISTRY, "cấp bộ", "bộ", "cấp trung ương", "trung ương");
        words(LEVELS, ProcedureLevel.PROVINCE, "cấp tỉnh", "tỉnh");
        words(LEVELS, ProcedureLevel.DISTRICT, "cấp huyện", "huyện");
        words(LEVELS, ProcedureLevel.COMMUNE, "cấp xã", "xã");
        words(UNITS, TimeUnit.WORKING_DAYS, "ngày làm việc", "working days");
        words(UNITS, TimeUnit.CALENDAR_DAYS, "ngày", "ngày theo lịch", "calendar days", "days");
        words(UNITS, TimeUnit.WORKING_HOURS, "giờ", "giờ làm việc", "working hours", "hours");
        words(ONLINE, OnlineMode.FULL, "toàn trình", "trực tuyến toàn trình");
        words(ONLINE, OnlineMode.PARTIAL, "một phần", "trực tuyến một phần");
        words(ONLINE, OnlineMode.NONE, "không", "không trực tuyến");
        words(CHANNELS, Channel.COUNTER, "trực tiếp", "tại bộ phận một cửa");
        words(CHANNELS, Channel.ONLINE, "trực tuyến");
        words(CHANNELS, Channel.POST, "dịch vụ bưu chính", "bưu chính", "bưu chính công ích");
        words(CHANGES, ChangeKind.NEW, "mới", "công bố mới", "thêm mới");
        words(CHANGES, ChangeKind.AMENDED, "sửa đổi", "sửa đổi, bổ sung", "sửa đổi bổ sung", "thay thế");
        words(CHANGES, ChangeKind.ABOLISHED, "bãi bỏ");
    }

    private Vocabulary() {
    }

    static Optional<ProcedureLevel> level(String text) {
        return Optional.ofNullable(LEVELS.get(key(text)));
    }

    static Optional<TimeUnit> unit(String text) {
        return Optional.ofNullable(UNITS.get(key(text)));
    }

    static Optional<OnlineMode> onlineMode(String text) {
        return Optional.ofNullable(ONLINE.get(key(text)));
    }

    static Optional<Channel> channel(String text) {
        return Optional.ofNullable(CHANNELS.get(key(text)));
    }

    static Optional<ChangeKind> change(String text) {
        return Optional.ofNullable(CHANGES.get(key(text)));
    }

    @SafeVarargs
    private static <E extends Enum<E>> void words(Map<String, E> map, E value, String... words) {
        map.put(key(value.name()), value);
        for (String word : words) {
            map.put(key(word), value);
        }
    }

    /** NFC, lower case, underscores and runs of spaces as one space: "Working_Days" = "working  days". */
    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('_', ' ')
                .replaceAll("\\s+", " ").strip();
    }
}
