/**
 * Dossier statistics as files in the layout of the statistical annex of the periodic administrative-reform report
 * (phụ lục thống kê kết quả giải quyết TTHC): XLSX through Apache POI, CSV through Apache Commons CSV.
 */
@NullMarked
package io.parhub.dossier.export;

import org.jspecify.annotations.NullMarked;
