package io.parhub.procedure;

import org.jspecify.annotations.Nullable;

/**
 * One document of the dossier (thành phần hồ sơ).
 *
 * @param originals number of originals (bản chính); null = not stated
 * @param copies number of copies (bản sao); null = not stated
 * @param form the form template to fill in, if any
 */
public record DossierComponent(String name, @Nullable Integer originals, @Nullable Integer copies,
        @Nullable FormTemplate form) {
}
