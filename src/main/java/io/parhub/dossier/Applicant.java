package io.parhub.dossier;

import org.jspecify.annotations.Nullable;

/** The applicant (chủ hồ sơ) as given at reception. */
public record Applicant(String name, @Nullable String idNumber, @Nullable String phone, @Nullable String address) {
}
