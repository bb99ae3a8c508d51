package io.parhub.procedure;

/** The unit of a processing time as the portal states it: "Ngày làm việc", "Ngày", "Giờ" (working hours). */
public enum TimeUnit {
    WORKING_DAYS, CALENDAR_DAYS, WORKING_HOURS
}
