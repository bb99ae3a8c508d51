/**
 * Satisfaction surveys (SIPAS, Chỉ số hài lòng về sự phục vụ hành chính): questionnaire versions, survey rounds per
 * year and unit, reproducible samples of citizens whose dossiers were delivered, one-time web invitations and paper
 * forms, and the satisfaction index per question, group, unit and province with a configurable method. Other
 * modules read the index through {@link io.parhub.survey.SatisfactionIndex} and its records only; the services in
 * this package serve the module's own pages, and {@code store}, {@code web} and {@code page} are internal.
 * See docs/survey.md.
 */
@NullMarked
package io.parhub.survey;

import org.jspecify.annotations.NullMarked;
