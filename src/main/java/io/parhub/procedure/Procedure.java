package io.parhub.procedure;

/** A procedure as of a date: its national code, the version valid then, and what that version says. */
public record Procedure(String code, ProcedureVersion version, ProcedureContent content) {
}
