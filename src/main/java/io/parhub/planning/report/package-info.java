/**
 * Periodic PAR reports (báo cáo CCHC định kỳ): periods with deadlines, each unit's report with tables pre-filled from
 * the other modules' public APIs and narrative sections it writes, the documents indicator, the workflow draft →
 * submitted → returned / accepted, and the province's aggregate of the accepted reports. Internal to {@code planning}.
 */
@NullMarked
package io.parhub.planning.report;

import org.jspecify.annotations.NullMarked;
