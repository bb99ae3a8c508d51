/**
 * Dossier statistics (thống kê hồ sơ): counting queries over the dossier rows and their roll-up. Internal; the API
 * is {@link io.parhub.dossier.DossierStatistics}.
 */
@NullMarked
package io.parhub.dossier.stats;

import org.jspecify.annotations.NullMarked;
