package io.parhub.dossier;

import io.parhub.dossier.store.DossierSteps.StepRow;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's copy of its internal process, read from the database at most once per command: a step change asks
 * for the last step, the next step and, for the view it returns, the current step's name.
 */
final class ProcessCopy {

    private final Supplier<List<StepRow>> read;
    private @Nullable List<StepRow> rows;

    private ProcessCopy(Supplier<List<StepRow>> read) {
        this.read = read;
    }

    static ProcessCopy reading(Supplier<List<StepRow>> read) {
        return new ProcessCopy(read);
    }

    static ProcessCopy of(List<StepRow> rows) {
        ProcessCopy copy = new ProcessCopy(() -> rows);
        copy.rows = rows;
        return copy;
    }

    List<StepRow> rows() {
        if (rows == null) {
            rows = List.copyOf(read.get());
        }
        return rows;
    }

    StepRow step(int number) {
        return rows().stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    int last() {
        List<StepRow> all = rows();
        return all.get(all.size() - 1).number();
    }

    @Nullable String name(int number) {
        return rows().stream().filter(s -> s.number() == number).map(StepRow::name).findFirst().orElse(null);
    }
}
