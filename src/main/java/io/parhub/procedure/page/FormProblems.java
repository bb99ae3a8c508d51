package io.parhub.procedure.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one submitted form, each tied to a form field ("name", "decision.number", "components[2]", or ""
 * for the whole decision) with its message already in the visitor's language. Templates ask {@code has(field)} to
 * mark a field and {@code of(field)} to write its messages next to it.
 */
public final class FormProblems {

    public record Problem(String field, String label, String message) {
    }

    private final List<Problem> all = new ArrayList<>();

    void add(String field, String label, String message) {
        all.add(new Problem(field, label, message));
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(all);
    }

    public boolean has(String field) {
        return all.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<String> of(String field) {
        return all.stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
    }
}
