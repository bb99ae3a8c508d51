/**
 * Internal to the planning module: inspections of reform work (kiểm tra công tác CCHC) — the year's inspection plan,
 * teams, units and their visits, findings, recommendations as follow-up tasks with deadlines, the units' remediation
 * reports; the JSON API /api/v1/inspections and the pages /staff/inspections. Other modules read a year's figures
 * through {@link io.parhub.planning.Inspections}.
 */
@NullMarked
package io.parhub.planning.inspection;

import org.jspecify.annotations.NullMarked;
