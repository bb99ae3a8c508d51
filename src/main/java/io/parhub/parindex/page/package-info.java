/**
 * The PAR Index pages: the unit's scorecard with its self-assessment and explanation forms, the PAR office's progress,
 * appraisal queue and appraisal form, and the public ranking once published. Roles are checked by the services and,
 * for pages that only read, here.
 */
@NullMarked
package io.parhub.parindex.page;

import org.jspecify.annotations.NullMarked;
