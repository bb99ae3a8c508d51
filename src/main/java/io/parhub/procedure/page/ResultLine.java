package io.parhub.procedure.page;

import io.parhub.procedure.Channel;
import io.parhub.procedure.ProcedureSummary;
import java.util.List;

/** One line of the search results: the catalogue's summary and the channels shown as badges beside it. */
public record ResultLine(ProcedureSummary summary, List<Channel> channels) {
}
