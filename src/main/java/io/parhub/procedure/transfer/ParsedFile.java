package io.parhub.procedure.transfer;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.ProcedureChange;
import java.util.List;

/**
 * An uploaded file read into the changes of a decision. {@code rows} holds every row that parsed (in file order);
 * {@code errors} every problem found; the file is importable only when there are none.
 */
record ParsedFile(List<Row> rows, List<RowError> errors) {

    ParsedFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    record Row(int number, ProcedureChange change) {
    }

    List<ProcedureChange> changes() {
        return rows.stream().map(Row::change).toList();
    }

    long count(ChangeKind kind) {
        return rows.stream().filter(r -> r.change().kind() == kind).count();
    }
}
