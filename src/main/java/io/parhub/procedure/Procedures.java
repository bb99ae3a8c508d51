package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading the catalogue. Every question is asked as of a date; versions valid on that date answer. */
public interface Procedures {

    /** The procedure with this national code as it stood on {@code at}; empty if it did not exist then. */
    Optional<Procedure> find(String code, LocalDate at);

    /** Every version of the code, oldest first; empty if the code was never published. */
    List<ProcedureVersion> versions(String code);

    ProcedurePage search(ProcedureQuery query);

    /** The fields (lĩnh vực) in use on {@code at}, in Vietnamese order, e.g. for a filter list. */
    List<String> fields(LocalDate at);

    ProcedureStats stats(LocalDate at);

    /** Changes that took effect from {@code from} to {@code to}, both inclusive. */
    ChangeReport changes(LocalDate from, LocalDate to);

    /** A form template attached to any version of the procedure {@code code}; empty if there is no such pair. */
    Optional<FormDownload> form(String code, long formId);
}
