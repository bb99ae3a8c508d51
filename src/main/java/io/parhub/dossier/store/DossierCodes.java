package io.parhub.dossier.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dossier codes in the pattern {@code parhub.dossier.code-pattern}, by default {@code {agency}-{yyMMdd}-{seq4}}
 * (e.g. {@code 000.18.29.H51-260424-0001}): the agency identifier code (table {@code dossier_agency_identifier},
 * else the agency code), the reception date, and a daily sequence per identifier taken from a counter row with
 * {@code insert … on conflict … do update … returning}, so concurrent receptions never share a number.
 * Tokens: {@code {agency}}, {@code {seqN}} (N digits at least), anything else in braces is a date pattern.
 */
@Repository
public class DossierCodes {

    private static final Pattern TOKEN = Pattern.compile("\\{([^}]+)}");

    private final JdbcClient jdbc;
    private final String pattern;

    public DossierCodes(JdbcClient jdbc,
            @Value("${parhub.dossier.code-pattern:{agency}-{yyMMdd}-{seq4}}") String pattern) {
        this.jdbc = jdbc;
        this.pattern = pattern;
    }

    public String identifier(String agencyCode) {
        return jdbc.sql("select identifier from dossier_agency_identifier where agency_code = :code")
                .param("code", agencyCode).query(String.class).optional().orElse(agencyCode);
    }

    public String next(String agencyCode, LocalDate day) {
        String identifier = identifier(agencyCode);
        int seq = jdbc.sql("""
                insert into dossier_code_counter (identifier, day, last_value) values (:identifier, :day, 1)
                on conflict (identifier, day) do update set last_value = dossier_code_counter.last_value + 1
                returning last_value""").param("identifier", identifier).param("day", day)
                .query(Integer.class).single();
        return format(pattern, identifier, day, seq);
    }

    static String format(String pattern, String identifier, LocalDate day, int seq) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value;
            if (token.equals("agency")) {
                value = identifier;
            } else if (token.startsWith("seq")) {
                int width = token.length() > 3 ? Integer.parseInt(token.substring(3)) : 4;
                value = String.format("%0" + width + "d", seq);
            } else {
                value = day.format(DateTimeFormatter.ofPattern(token));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
