package io.parhub.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Extension point: a bean implementing this (the internal-process sub-module) supplies the {@code process} part of
 * a procedure's detail (API and pages). Without such a bean, or when it returns null, the procedure has no
 * approved process shown.
 */
public interface ProcessDescriber {

    @Nullable InternalProcessView describe(String code, LocalDate at);
}
