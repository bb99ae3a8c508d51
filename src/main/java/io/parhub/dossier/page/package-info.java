/**
 * Server-rendered pages of the one-stop dossiers: public tracking by code, counter reception, printable slips, work
 * queues and the dossier page with its actions. They call only the dossier module's public API.
 */
@NullMarked
package io.parhub.dossier.page;

import org.jspecify.annotations.NullMarked;
