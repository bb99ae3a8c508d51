/**
 * The PAR Index (Chỉ số cải cách hành chính) of the province's departments and People's Committees: criteria sets per
 * year and unit group (areas → criteria → sub-criteria, each with its source of points), band tables per year, the
 * yearly cycle (self-assessment with evidence, appraisal by the council, explanation round, lock, publication) and
 * the ranking computed from the scores when asked. Other modules read the published ranking through
 * {@link io.parhub.parindex.ParIndex}; the services here serve the module's own API and pages, and {@code store},
 * {@code web} and {@code page} are internal. See docs/parindex.md.
 */
@NullMarked
package io.parhub.parindex;

import org.jspecify.annotations.NullMarked;
