package io.parhub.procedure;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a publication decision.
 *
 * <ul>
 * <li>NEW: {@code code} must not exist on the effective date; {@code content} required.</li>
 * <li>AMENDED: {@code content} required. Without {@code replaces}, {@code code} must exist and gets a new version.
 * With {@code replaces} (a different code that exists), that procedure ends and {@code code}, which must not exist,
 * starts as its replacement (thủ tục thay thế).</li>
 * <li>ABOLISHED: {@code code} must exist; its current version ends; {@code content} must be null.</li>
 * </ul>
 */
public record ProcedureChange(ChangeKind kind, String code, @Nullable String replaces,
        @Nullable ProcedureContent content) {

    public static ProcedureChange added(String code, ProcedureContent content) {
        return new ProcedureChange(ChangeKind.NEW, code, null, content);
    }

    public static ProcedureChange amended(String code, ProcedureContent content) {
        return new ProcedureChange(ChangeKind.AMENDED, code, null, content);
    }

    public static ProcedureChange abolished(String code) {
        return new ProcedureChange(ChangeKind.ABOLISHED, code, null, null);
    }
}
