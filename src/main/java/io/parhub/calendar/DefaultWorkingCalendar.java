package io.parhub.calendar;

import io.parhub.calendar.store.HolidayRules;
import io.parhub.calendar.store.HolidayRulesChanged;
import io.parhub.calendar.store.OfficeHours;
import io.parhub.calendar.store.OfficeHoursStore;
import io.parhub.calendar.store.OfficialSchedules;
import io.parhub.calendar.store.ScheduleChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The working calendar backed by the rules and schedules tables. A computed year is kept for a few minutes (rules
 * changed straight in the database show up after that); every computed year is dropped at once when an official
 * schedule or a holiday rule changes through the application (after the change commits).
 */
@Service
class DefaultWorkingCalendar implements WorkingCalendar {

    private static final Duration KEEP = Duration.ofMinutes(10);
    /** A period longer than this many years of working days is a typing error, not a deadline. */
    private static final int MAX_SEARCH_DAYS = 366 * 5;

    /** A computed year, and the generation of the data it was computed from. */
    private record Cached(YearCalendar year, Instant computedAt, long generation) {
    }

    private final IntFunction<YearCalendar> compute;
    private final Function<String, OfficeHours> officeHours;
    private final Clock clock;
    private final Deadlines deadlines = new Deadlines(this);
    private final Map<Integer, Cached> years = new ConcurrentHashMap<>();
    /**
     * Incremented on every change of rules or schedules: a year computed while a change was committing is not
     * reused once the change is known, even if it was put in the cache after the cache was cleared.
     */
    private final AtomicLong generation = new AtomicLong();

    @Autowired
    DefaultWorkingCalendar(HolidayRules rules, OfficialSchedules schedules, OfficeHoursStore officeHours, Clock clock) {
        this(year -> YearCalendar.of(year, rules.all(), schedules.find(year).orElse(null)), officeHours::forAgency,
                clock);
    }

    /** A calendar over given rules and schedules, without a database (unit tests, tools). */
    DefaultWorkingCalendar(IntFunction<YearCalendar> compute, Function<String, OfficeHours> officeHours, Clock clock) {
        this.compute = compute;
        this.officeHours = officeHours;
        this.clock = clock;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    @Override
    public CalendarDay day(LocalDate date) {
        return year(date.getYear()).day(date);
    }

    @Override
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(day(d));
        }
        return days;
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        for (int i = 0; !isWorkingDay(d); i++) {
            if (i > MAX_SEARCH_DAYS) {
                throw new IllegalStateException("no working day after " + date);
            }
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative number of working days: " + workingDays);
        }
        LocalDate d = start;
        for (int i = 0; i < workingDays; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    @Override
    public Due due(LocalDateTime receivedAt, TimeLimit limit, @Nullable String agencyCode) {
        String agency = agencyCode == null || agencyCode.isBlank() ? OfficeHoursStore.DEFAULT : agencyCode;
        return deadlines.due(receivedAt, limit, officeHours.apply(agency));
    }

    @Override
    public LunarDate lunar(LocalDate date) {
        return LunarCalendar.of(date);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void scheduleChanged(ScheduleChanged event) {
        forgetComputedYears();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void rulesChanged(HolidayRulesChanged event) {
        forgetComputedYears();
    }

    private void forgetComputedYears() {
        generation.incrementAndGet();
        years.clear();
    }

    private YearCalendar year(int year) {
        Instant now = Instant.now(clock);
        long current = generation.get();
        Cached cached = years.get(year);
        if (cached == null || cached.generation() != current || cached.computedAt().plus(KEEP).isBefore(now)) {
            cached = new Cached(compute.apply(year), now, current);
            years.put(year, cached);
        }
        return cached.year();
    }
}
