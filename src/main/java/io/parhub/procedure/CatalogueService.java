package io.parhub.procedure;

import io.parhub.procedure.store.CatalogueQueries;
import io.parhub.procedure.store.FormStore;
import io.parhub.procedure.store.ProcedureStore;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads of the catalogue, each as of a date. */
@Service
class CatalogueService implements Procedures {

    private final ProcedureStore procedures;
    private final CatalogueQueries queries;
    private final FormStore forms;

    CatalogueService(ProcedureStore procedures, CatalogueQueries queries, FormStore forms) {
        this.procedures = procedures;
        this.queries = queries;
        this.forms = forms;
    }

    @Override
    public Optional<Procedure> find(String code, LocalDate at) {
        return procedures.find(code.strip(), at);
    }

    @Override
    public List<ProcedureVersion> versions(String code) {
        return procedures.versions(code.strip());
    }

    @Override
    public ProcedurePage search(ProcedureQuery query) {
        if (query.page() < 0) {
            throw DomainException.invalid("invalid-parameter", "procedure.problem.page");
        }
        if (query.size() < 1 || query.size() > ProcedureQuery.MAX_SIZE) {
            throw DomainException.invalid("invalid-parameter", "procedure.problem.size", ProcedureQuery.MAX_SIZE);
        }
        if (query.text() != null && query.text().length() > 200) {
            throw DomainException.invalid("invalid-parameter", "procedure.problem.text-too-long", 200);
        }
        return queries.search(query);
    }

    @Override
    public List<String> fields(LocalDate at) {
        return queries.fields(at);
    }

    @Override
    public ProcedureStats stats(LocalDate at) {
        return queries.stats(at);
    }

    @Override
    public ChangeReport changes(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("invalid-period", "procedure.problem.period", from, to);
        }
        return queries.changes(from, to);
    }

    @Override
    public Optional<FormDownload> form(String code, long formId) {
        return forms.download(code.strip(), formId);
    }
}
