/**
 * Cross-cutting pieces every module uses and that hold no business rule: the embedded database, problem details
 * (RFC 9457), the audit trail, languages, the clock, and the layout of printable PDFs ({@code pdf}, the one
 * sub-package other modules may use, as its named interface).
 */
@NullMarked
package io.parhub.shared;

import org.jspecify.annotations.NullMarked;
