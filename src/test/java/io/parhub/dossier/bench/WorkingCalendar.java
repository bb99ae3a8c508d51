package io.parhub.dossier.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Working days and office hours of the replayed years. The application's holiday seed starts in 2024, so the
 * official days off of 2019–2021 are listed here (Bộ Luật lao động 2012 Điều 115 and the yearly notices of the
 * Ministry of Labour: Tết, Hùng Kings, 30/4–1/5, 2/9 with their substitute days). Office hours 07:00–11:00 and
 * 13:00–17:00.
 */
final class WorkingCalendar {

    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2023, 12, 31);
    private static final Set<LocalDate> DAYS_OFF = Set.of(
            LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 5), LocalDate.of(2019, 2, 6),
            LocalDate.of(2019, 2, 7), LocalDate.of(2019, 2, 8), LocalDate.of(2019, 4, 15), LocalDate.of(2019, 4, 29),
            LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1), LocalDate.of(2019, 9, 2),
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 23), LocalDate.of(2020, 1, 24), LocalDate.of(2020, 1, 27),
            LocalDate.of(2020, 1, 28), LocalDate.of(2020, 1, 29), LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 30),
            LocalDate.of(2020, 5, 1), LocalDate.of(2020, 9, 2),
            LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 10), LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 12),
            LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 16), LocalDate.of(2021, 4, 21), LocalDate.of(2021, 4, 30),
            LocalDate.of(2021, 5, 3), LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 3));
    private static final LocalTime OPEN = LocalTime.of(7, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);

    private final List<LocalDate> working = new ArrayList<>();

    WorkingCalendar() {
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (isWorking(d)) {
                working.add(d);
            }
        }
    }

    static boolean isWorking(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DAYS_OFF.contains(d);
    }

    /** A random office-hour moment of a working day, in [from, to). */
    LocalDateTime receptionTime(LocalDateTime from, LocalDateTime to, Random random) {
        int lo = index(from.toLocalDate());
        int hi = index(to.toLocalDate().plusDays(1));
        for (int attempt = 0; attempt < 1_000; attempt++) {
            LocalDateTime t = officeTime(working.get(lo + random.nextInt(Math.max(1, hi - lo))), random);
            if (!t.isBefore(from) && t.isBefore(to)) {
                return t;
            }
        }
        throw new IllegalStateException("no office hours in [" + from + ", " + to + ")");
    }

    /** A random office-hour moment of the first working day on or after {@code day}. */
    LocalDateTime officeTime(LocalDate day, Random random) {
        LocalDate d = working.get(index(day));
        int minute = random.nextInt(480);
        return minute < 240 ? d.atTime(OPEN).plusMinutes(minute) : d.atTime(13, 0).plusMinutes(minute - 240);
    }

    /** The first office moment at or after {@code t}. */
    LocalDateTime officeStart(LocalDateTime t) {
        if (isWorking(t.toLocalDate()) && t.toLocalTime().isBefore(CLOSE)) {
            return t.toLocalTime().isBefore(OPEN) ? t.toLocalDate().atTime(OPEN) : t;
        }
        return working.get(index(t.toLocalDate().plusDays(1))).atTime(OPEN);
    }

    /** Working days in [from, to) by date. */
    long workingDays(LocalDateTime from, LocalDateTime to) {
        return Math.max(0, index(to.toLocalDate()) - index(from.toLocalDate()));
    }

    /** The due time: the procedure's time from reception, at the same time of day (NĐ 61/2018 Điều 20). */
    LocalDateTime due(LocalDateTime received, ScenarioCatalogue.Procedure p) {
        if (p.calendarDays()) {
            LocalDate d = received.toLocalDate().plusDays(p.days());
            return working.get(index(d)).atTime(received.toLocalTime());
        }
        int i = index(received.toLocalDate());
        if (!working.get(i).equals(received.toLocalDate())) {
            i--; // received on a day off: counting starts from the next working day
        }
        return working.get(i + p.days()).atTime(received.toLocalTime());
    }

    /** Index of the first working day on or after {@code day}. */
    private int index(LocalDate day) {
        int i = Collections.binarySearch(working, day);
        return i >= 0 ? i : -i - 1;
    }
}
