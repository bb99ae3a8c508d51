/**
 * One-stop dossiers (hồ sơ): reception at the counter, by post and online, the guarded status machine mapped onto
 * the national portal's status codes, processing steps with their own deadlines, supplements, apologies, results,
 * public tracking and work queues. The public API is {@link io.parhub.dossier.Dossiers} and its records;
 * {@code store} and {@code web} are internal.
 */
@NullMarked
package io.parhub.dossier;

import org.jspecify.annotations.NullMarked;
