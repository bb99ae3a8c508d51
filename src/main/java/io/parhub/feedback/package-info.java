/**
 * Citizen feedback and recommendations (phản ánh, kiến nghị, Nghị định 20/2008/NĐ-CP): reception online, by hotline or
 * by post; classification, forwarding to the competent agency within 5 working days, the agency's answer, publication
 * of the answer with personal data removed, closing; public tracking, an Open311 GeoReport v2 API. The public API is
 * {@link io.parhub.feedback.Feedbacks} and its records; {@code store}, {@code web} and {@code page} are internal.
 */
@NullMarked
package io.parhub.feedback;

import org.jspecify.annotations.NullMarked;
