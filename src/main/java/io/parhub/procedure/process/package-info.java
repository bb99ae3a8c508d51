/**
 * Internal processes (quy trình nội bộ giải quyết thủ tục hành chính): the ordered steps, performers and times the
 * chairman of the provincial People's Committee approves for a procedure, checked against the procedure's processing
 * time, effective-dated, and shown on the procedure's page through {@link io.parhub.procedure.ProcessDescriber}.
 */
@NullMarked
package io.parhub.procedure.process;

import org.jspecify.annotations.NullMarked;
