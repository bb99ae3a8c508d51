package io.parhub.procedure.transfer;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The JSON shapes of an import report and of its errors, with messages in the caller's language. */
public final class ImportJson {

    private ImportJson() {
    }

    public record Error(int row, String column, @Nullable String code, String message) {
    }

    public record Report(boolean dryRun, boolean valid, boolean alreadyImported, String sha256, String format,
            @Nullable String fileName, int rows, long added, long amended, long abolished,
            @Nullable Long decisionId, List<Error> errors) {
    }

    static Report report(ImportReport r, MessageSource messages, Locale locale) {
        return new Report(r.dryRun(), r.valid(), r.alreadyImported(), r.sha256(), r.format().name(), r.fileName(),
                r.rows(), r.added(), r.amended(), r.abolished(), r.decisionId(), errors(r.errors(), messages, locale));
    }

    static List<Error> errors(List<RowError> errors, MessageSource messages, Locale locale) {
        return errors.stream().map(e -> new Error(e.row(), e.column(), e.code(),
                messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale))).toList();
    }
}
