/**
 * The catalogue's pages: the public search and procedure page (printable, with forms to download) and the staff
 * pages that publish a one-procedure decision to add, amend or abolish a procedure. Everything goes through the
 * module's public API ({@link io.parhub.procedure.Procedures}, {@link io.parhub.procedure.ProcedurePublications},
 * {@link io.parhub.procedure.ProcessDescriber}); nothing here reads the database.
 */
@NullMarked
package io.parhub.procedure.page;

import org.jspecify.annotations.NullMarked;
