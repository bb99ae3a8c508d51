/**
 * Cross-cutting pieces every module uses and that hold no business rule: the embedded database, problem details
 * (RFC 9457), the audit trail, languages and the clock.
 */
@NullMarked
package io.parhub.shared;

import org.jspecify.annotations.NullMarked;
