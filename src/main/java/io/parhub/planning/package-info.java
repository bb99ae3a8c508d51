/**
 * Reform plans (kế hoạch cải cách hành chính): the province's yearly plan and the units' own plans, task groups (the
 * reform areas), items assigned to units with an output, a deadline and indicators, progress updates with evidence,
 * overdue and due-soon flags computed from the working calendar, and the tally of units that issued their plan. The
 * public API is {@link io.parhub.planning.Plans} and its records; {@code store}, {@code web} and {@code page} are
 * internal.
 */
@NullMarked
package io.parhub.planning;

import org.jspecify.annotations.NullMarked;
