/**
 * Interconnected bundles (nhóm thủ tục hành chính liên thông): several procedures of different agencies and levels
 * handled as one dossier, with a total processing time and a time per part, effective-dated. Read-only reference data
 * loaded from {@code seed/procedures/bundles.csv}; public API {@code /api/v1/procedure-bundles} and pages
 * {@code /procedure-bundles}.
 */
@NullMarked
package io.parhub.procedure.bundle;

import org.jspecify.annotations.NullMarked;
