package io.parhub.procedure.page;

import io.parhub.procedure.PublicationError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the catalogue's publication errors and the form's own reading problems next to the fields of the staff
 * forms, each with the field's label and a message in the visitor's language.
 */
@Component
class ProblemMessages {

    private static final Pattern COMPONENT = Pattern.compile("components\\[(\\d+)]");
    private static final List<String> DECISION_FIELDS = List.of("number", "signedOn", "signer", "effectiveFrom",
            "issuer", "note");

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    FormProblems of(List<ProcedureFormReader.Unreadable> unreadable, List<PublicationError> errors,
            ProcedureFormReader reader) {
        FormProblems problems = new FormProblems();
        for (ProcedureFormReader.Unreadable u : unreadable) {
            problems.add(u.field(), label(u.field()), message(u.key(), u.args()));
        }
        for (PublicationError e : errors) {
            String field = formField(e, reader);
            problems.add(field, label(field), message(e.messageKey(), e.args()));
        }
        return problems;
    }

    /** "content.components[3].form" → the form row of that component; "content.fees[0].amount" → "fees"; … */
    static String formField(PublicationError e, ProcedureFormReader reader) {
        String field = e.field();
        if (e.index() < 0) {
            return DECISION_FIELDS.contains(field) ? "decision." + field : "";
        }
        if (field.equals("code") || field.equals("replaces")) {
            return "code";
        }
        if (!field.startsWith("content.")) {
            return "";
        }
        String inner = field.substring("content.".length());
        Matcher component = COMPONENT.matcher(inner);
        if (component.lookingAt()) {
            int row = reader.componentRow(Integer.parseInt(component.group(1)));
            return row < 0 ? "components" : "components[" + row + "]";
        }
        int end = inner.length();
        for (char stop : new char[] {'.', '['}) {
            int at = inner.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return inner.substring(0, end);
    }

    private String label(String field) {
        Matcher component = COMPONENT.matcher(field);
        if (component.matches()) {
            return message("procedure.page.field.component-row",
                    List.of(String.valueOf(Integer.parseInt(component.group(1)) + 1)));
        }
        return field.isEmpty() ? "" : message("procedure.page.field." + field, List.of());
    }

    private String message(String key, List<String> args) {
        return messages.getMessage(key, args.toArray(), key, LocaleContextHolder.getLocale());
    }
}
