package io.parhub.procedure.process;

import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.ProcessDescriber;
import io.parhub.procedure.ProcessingTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Supplies the process part of a procedure's detail to the catalogue, through its extension point. */
@Component
class InternalProcessDescriber implements ProcessDescriber {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProcessApprovals approvals;

    InternalProcessDescriber(ProcessApprovals approvals) {
        this.approvals = approvals;
    }

    @Override
    public @Nullable InternalProcessView describe(String code, LocalDate at) {
        return approvals.read(code, at).map(InternalProcessDescriber::view).orElse(null);
    }

    static InternalProcessView view(ProcessReading reading) {
        InternalProcess p = reading.process();
        // the act is cited as the province writes it
        String approvedBy = "Quyết định " + p.decisionNumber() + " ngày " + p.approvedOn().format(VIETNAMESE_DATE);
        return new InternalProcessView(approvedBy, p.validFrom(), p.validTo(), time(reading.total()),
                reading.consistent(), p.steps().stream().map(s -> new InternalProcessView.Step(s.position(), s.name(), s.performer(),
                        time(s.time()))).toList());
    }

    private static @Nullable ProcessingTime time(@Nullable Duration d) {
        return d == null ? null : new ProcessingTime(d.amount(), d.unit(), null);
    }
}
