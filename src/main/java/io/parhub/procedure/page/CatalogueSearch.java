package io.parhub.procedure.page;

import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedureQuery;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked on the search page, as typed (a GET form, so a result page is a link that can be shared).
 * A filter value the catalogue does not know is ignored rather than refused: the page still answers.
 *
 * @param page 1-based, as shown to people
 */
public record CatalogueSearch(String q, String field, String level, String agency, String onlineMode, LocalDate at,
        int page) {

    static final int PAGE_SIZE = 20;

    public CatalogueSearch {
        q = clean(q);
        field = clean(field);
        level = clean(level).toUpperCase(Locale.ROOT);
        agency = clean(agency);
        onlineMode = clean(onlineMode).toUpperCase(Locale.ROOT);
        page = Math.max(1, page);
    }

    ProcedureQuery query() {
        return new ProcedureQuery(blankToNull(q), blankToNull(field), levelValue(), blankToNull(agency),
                onlineModeValue(), at, page - 1, PAGE_SIZE);
    }

    public boolean filtered() {
        return !field.isEmpty() || levelValue() != null || !agency.isEmpty() || onlineModeValue() != null;
    }

    public boolean empty() {
        return q.isEmpty() && !filtered();
    }

    public @Nullable ProcedureLevel levelValue() {
        return parse(ProcedureLevel.class, level);
    }

    public @Nullable OnlineMode onlineModeValue() {
        return parse(OnlineMode.class, onlineMode);
    }

    /** This search on another page (1-based), for the pager; {@code base} is "/procedures" or the staff list. */
    public String url(String base, int toPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        param(uri, "q", q);
        param(uri, "field", field);
        param(uri, "level", levelValue() == null ? "" : level);
        param(uri, "agency", agency);
        param(uri, "onlineMode", onlineModeValue() == null ? "" : onlineMode);
        uri.queryParam("at", at);
        if (toPage > 1) {
            uri.queryParam("page", toPage);
        }
        return uri.encode().build().toUriString();
    }

    /** The same question with a text but no filters: the empty state offers it when filters found nothing. */
    public String withoutFilters(String base) {
        return new CatalogueSearch(q, "", "", "", "", at, 1).url(base, 1);
    }

    /** Another text, no filters: the suggestions of the empty state. */
    public String withText(String base, String text) {
        return new CatalogueSearch(text, "", "", "", "", at, 1).url(base, 1);
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (!value.isEmpty()) {
            uri.queryParam(name, value);
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
