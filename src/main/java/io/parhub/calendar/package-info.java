/**
 * Working days of state agencies: weekends, public holidays computed from versioned rules (solar or lunar dates,
 * Bộ luật Lao động 2019 Điều 112), compensatory days off, the official yearly schedules that override them,
 * Vietnamese lunar dates (UTC+7) and deadline arithmetic (Bộ luật Dân sự 2015 Điều 147–148). Other modules use
 * {@link io.parhub.calendar.WorkingCalendar} and its records only.
 */
@NullMarked
package io.parhub.calendar;

import org.jspecify.annotations.NullMarked;
