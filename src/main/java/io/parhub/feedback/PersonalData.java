package io.parhub.feedback;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes personal data from text before it is published: e-mail addresses, phone numbers (Vietnamese mobile and
 * landline numbers with or without +84, spaces, dots or dashes), identity numbers (12-digit citizen identity cards,
 * 9-digit former identity cards) and the submitter's own name, address, phone and e-mail wherever they are written.
 * Each is replaced by {@link #MASK}. Publishing officers still read the preview: names of other people cannot be
 * recognised by a pattern.
 */
final class PersonalData {

    static final String MASK = "[***]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** 0 or +84/84 followed by 8–10 more digits, optionally separated by one space, dot or dash. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}][ .\\-]?)(?:\\+?84|0)(?:[ .\\-]?\\d){8,10}(?![ .\\-]?[\\p{N}])");
    /** 12 digits (căn cước), 9 digits (chứng minh nhân dân), optionally grouped by spaces or dots. */
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![\\p{N}][ .]?)(?:\\d(?:[ .]?\\d){11}|\\d{9})(?![ .]?[\\p{N}])");

    private PersonalData() {
    }

    /** @param known the submitter's own name, address, phone, e-mail (any may be null) */
    static String scrub(@Nullable String text, Collection<@Nullable String> known) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String k : known) {
            if (k != null && k.strip().length() >= 3) {
                out = Pattern.compile(Pattern.quote(k.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(out).replaceAll(MASK);
            }
        }
        out = EMAIL.matcher(out).replaceAll(MASK);
        out = PHONE.matcher(out).replaceAll(MASK);
        out = ID_NUMBER.matcher(out).replaceAll(MASK);
        return out;
    }

    /** The digits of a phone number. */
    static String digits(@Nullable String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    static @Nullable String clean(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
