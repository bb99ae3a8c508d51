package io.parhub.procedure;

import java.util.List;

/** One page of search results, best match first, and how many procedures matched in all. */
public record ProcedurePage(List<ProcedureSummary> items, long total) {
}
