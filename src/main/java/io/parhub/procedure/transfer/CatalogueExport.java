package io.parhub.procedure.transfer;

import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureQuery;
import io.parhub.procedure.ProcedureSummary;
import io.parhub.procedure.Procedures;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every procedure in force on a date, with all its fields, in one of the three formats. Rows are sorted by
 * code so that two exports can be compared line by line. The whole export reads one snapshot of the database
 * (repeatable read), so a decision published meanwhile never half-appears.
 */
@Service
class CatalogueExport {

    private final Procedures procedures;

    CatalogueExport(Procedures procedures) {
        this.procedures = procedures;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void write(TransferFormat format, LocalDate at, OutputStream out) {
        CatalogueFiles.write(format, Column.exported(), rows(at), out);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<Map<Column, List<String>>> rows(LocalDate at) {
        List<Map<Column, List<String>>> rows = new ArrayList<>();
        for (Procedure procedure : inForce(at)) {
            rows.add(ExportRows.row(procedure));
        }
        return rows;
    }

    /** Every procedure valid on {@code at}, by code. */
    List<Procedure> inForce(LocalDate at) {
        List<String> codes = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = procedures.search(new ProcedureQuery(null, null, null, null, null, at, page,
                    ProcedureQuery.MAX_SIZE));
            result.items().stream().map(ProcedureSummary::code).forEach(codes::add);
            if (result.items().size() < ProcedureQuery.MAX_SIZE) {
                break;
            }
        }
        codes.sort(Comparator.naturalOrder());
        return codes.stream().map(code -> procedures.find(code, at)).flatMap(java.util.Optional::stream).toList();
    }
}
