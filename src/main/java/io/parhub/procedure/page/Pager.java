package io.parhub.procedure.page;

import java.util.ArrayList;
import java.util.List;

/** Page links under a result list: at most seven numbers around the current page, with the first and the last. */
public record Pager(int current, int last, List<Link> links) {

    public record Link(int number, String url, boolean current, boolean gapBefore) {
    }

    static Pager of(CatalogueSearch search, String base, long total) {
        int last = (int) Math.max(1, (total + CatalogueSearch.PAGE_SIZE - 1) / CatalogueSearch.PAGE_SIZE);
        int current = Math.min(search.page(), last);
        int from = Math.max(1, Math.min(current - 3, last - 6));
        int to = Math.min(last, from + 6);
        List<Link> links = new ArrayList<>();
        if (from > 1) {
            links.add(new Link(1, search.url(base, 1), false, false));
        }
        for (int n = from; n <= to; n++) {
            links.add(new Link(n, search.url(base, n), n == current, n == from && from > 2));
        }
        if (to < last) {
            links.add(new Link(last, search.url(base, last), false, to < last - 1));
        }
        return new Pager(current, last, links);
    }

    public boolean single() {
        return last <= 1;
    }
}
