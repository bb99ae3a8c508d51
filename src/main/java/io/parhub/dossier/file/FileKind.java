package io.parhub.dossier.file;

/** What a file of a dossier is: a component handed in with it, or (part of) its signed-off result. */
public enum FileKind {
    /** A component (thành phần hồ sơ) submitted by the applicant; never downloadable publicly. */
    COMPONENT,
    /** The result (kết quả giải quyết) attached by the handling agency; the citizen downloads it once signed off. */
    RESULT
}
