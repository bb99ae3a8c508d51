/**
 * The catalogue of administrative procedures (thủ tục hành chính, TTHC) over time. A procedure changes only
 * through a publication decision (quyết định công bố, Nghị định 63/2010/NĐ-CP as amended): each NEW or AMENDED
 * entry makes a new dated version, an ABOLISHED entry ends the current one, and old versions stay, so every
 * question can be asked "as of date D".
 *
 * <p>Public API: {@link io.parhub.procedure.Procedures} (read: one procedure as of a date, search, statistics,
 * the changes report, form files), {@link io.parhub.procedure.ProcedurePublications} (validate and publish a
 * decision), the records and enums of this package, the event {@link io.parhub.procedure.DecisionPublished}, and
 * the extension point {@link io.parhub.procedure.ProcessDescriber} through which the internal-process
 * sub-module adds its part to a procedure's page. Everything in {@code store}, {@code web} and {@code search} is
 * internal.
 */
@NullMarked
package io.parhub.procedure;

import org.jspecify.annotations.NullMarked;
