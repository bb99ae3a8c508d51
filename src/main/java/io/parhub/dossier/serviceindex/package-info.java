/**
 * The service index of Quyết định 766/QĐ-TTg: the indicator set as effective-dated data
 * ({@code seed/service-index/*.yml}, checked when loading), its computation from the dossiers on demand (no stored
 * totals, no batch), the open-data API and the public page. Internal; the API is {@link io.parhub.dossier.ServiceIndex}.
 * See docs/service-index.md.
 */
@NullMarked
package io.parhub.dossier.serviceindex;

import org.jspecify.annotations.NullMarked;
