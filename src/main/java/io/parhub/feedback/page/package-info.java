/**
 * Server-rendered pages of citizen feedback: the published answers, the citizens' form and follow-up page, the staff
 * queue, one feedback with its actions, and the hotline/post entry form. They call only the module's public API.
 */
@NullMarked
package io.parhub.feedback.page;

import org.jspecify.annotations.NullMarked;
