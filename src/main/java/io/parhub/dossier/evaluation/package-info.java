/**
 * Citizen evaluation of a finished dossier (Thông tư 01/2018/TT-VPCP Điều 13–15: 9 indicators, 0–2 points each,
 * max 18) and per-agency summaries with configurable bands. Schemes, indicators and bands are data with validity
 * dates ({@code dossier_evaluation_scheme}, {@code _indicator}, {@code _band}); see docs/dossier-evaluation.md.
 * The public API is {@link io.parhub.dossier.evaluation.DossierEvaluations} and its records.
 */
@NullMarked
package io.parhub.dossier.evaluation;

import org.jspecify.annotations.NullMarked;
