package io.parhub.dossier.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replays a province's dossiers straight into the dossier tables: the generator decides every dossier's outcome so
 * that a period's figures come out exactly as asked, and the statistics then compute them from the rows like any
 * others. Nothing is stored as a total.
 *
 * <p>What it writes, per dossier: a handling agency of the province's subtree ({@link ScenarioCatalogue}: departments
 * 25%, district people's committees 30%, communes 45%, uneven inside each group), a procedure of the catalogue for
 * that level, a channel (2020 shares assumed, not measured: counter 88%, online 9%, post 3%), a reception time in
 * office hours on a working day, the due time from the procedure's time ({@link WorkingCalendar}), and times and a
 * status consistent with the engine's states: RESOLVED or DELIVERED with {@code resolved_at = closed_at}; IN_PROGRESS
 * or SUPPLEMENT_REQUESTED (clock stopped) while pending. About 6% of the resolved were asked for a supplement once
 * (clock stopped, then restarted in full from the re-submission, NĐ 61/2018 Điều 19); a tenth of the late ones were
 * asked twice and are flagged late (QĐ 766/QĐ-TTg); most late and half of the overdue received an apology. Each
 * dossier has its status history (reception, then each transition) so its pages open. No dossier is withdrawn,
 * refused or suspended.
 *
 * <p>Outcomes of a period [from, to]: the carried-over dossiers are received in the 40 days before {@code from} and
 * resolved in the period; pending not-yet-due ones are received in its last weeks (or stopped for a supplement);
 * overdue ones are still in progress past their due time at its end. Filler dossiers ({@link #filler}) lie wholly
 * outside a period: received and resolved before it starts, or received after it ends, so they leave its figures
 * unchanged. Call {@link #write} once at the end: the rows are written in reception order (ids and daily code
 * sequences grow with time, as in a real database).
 */
public final class ProvinceScenario {

    /** A period's figures as a periodic report prints them: received = carried + new = resolved + pending. */
    public record Targets(long fresh, long carried, long onTime, long late, long notDue, long overdue) {

        /** Sóc Trăng province, UBND-94 and its subtree, first half of 2020 (Báo cáo CCHC 6 tháng 2020). */
        public static final Targets SOC_TRANG_2020_H1 = new Targets(176_611, 2_159, 175_191, 65, 3_494, 20);

        public Targets {
            if (fresh + carried != onTime + late + notDue + overdue) {
                throw new IllegalArgumentException("received must equal resolved + pending: " + this);
            }
            if (carried > onTime + late) {
                throw new IllegalArgumentException("the carried-over dossiers are resolved in the period: " + this);
            }
        }

        public long received() {
            return fresh + carried;
        }
    }

    private static final int[] CHANNEL_PERCENT = {88, 9, 3};
    private static final String[] CHANNELS = {"COUNTER", "ONLINE", "POST"};

    private final ScenarioCatalogue catalogue;
    private final WorkingCalendar calendar = new WorkingCalendar();
    private final Random random;
    private final ScenarioWriter writer;
    private final List<GeneratedDossier> dossiers = new ArrayList<>();

    /**
     * @param unit the province's agency code (its subtree as it stood on {@code at} handles the dossiers)
     * @param prefix the start of the generated dossier codes, so they never meet the engine's
     */
    public ProvinceScenario(DataSource dataSource, String unit, LocalDate at, String prefix, long seed) {
        this.random = new Random(seed);
        this.catalogue = ScenarioCatalogue.load(JdbcClient.create(dataSource), unit, at, random);
        this.writer = new ScenarioWriter(dataSource, prefix);
    }

    /** Generates the dossiers of the period [from, to] (both days included) so that its figures equal the targets. */
    public ProvinceScenario period(LocalDate from, LocalDate to, Targets t) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        long lateCarried = Math.round((double) t.late() * t.carried() / (t.onTime() + t.late()));
        long lateCarriedBounded = Math.min(lateCarried, Math.min(t.late(), t.carried()));
        repeat(t.carried() - lateCarriedBounded, () -> resolved(start.minusDays(40), start, start, end, false));
        repeat(lateCarriedBounded, () -> resolved(start.minusDays(40), start, start, end, true));
        repeat(t.onTime() - (t.carried() - lateCarriedBounded), () -> resolved(start, end, start, end, false));
        repeat(t.late() - lateCarriedBounded, () -> resolved(start, end, start, end, true));
        repeat(t.overdue(), () -> overdue(start, end));
        repeat(t.notDue(), () -> notDue(start, end));
        return this;
    }

    /**
     * {@code count} resolved dossiers received in [from, to] outside the period [periodFrom, periodTo]: those before
     * it are resolved before it starts, so the period's figures do not change. 0.5% are late.
     */
    public ProvinceScenario filler(LocalDate from, LocalDate to, LocalDate periodFrom, LocalDate periodTo,
            long count) {
        LocalDateTime pStart = periodFrom.atStartOfDay();
        LocalDateTime pEnd = periodTo.plusDays(1).atStartOfDay();
        long before = calendar.workingDays(from.atStartOfDay(), pStart);
        long after = calendar.workingDays(pEnd, to.plusDays(1).atStartOfDay());
        long countBefore = Math.round((double) count * before / Math.max(1, before + after));
        LocalDateTime far = to.plusYears(1).atStartOfDay();
        for (long i = 0; i < count; i++) {
            boolean late = random.nextInt(200) == 0;
            if (i < countBefore) {
                dossiers.add(resolved(from.atStartOfDay(), pStart, from.atStartOfDay(), pStart, late));
            } else {
                dossiers.add(resolved(pEnd, to.plusDays(1).atStartOfDay(), pEnd, far, late));
            }
        }
        return this;
    }

    /**
     * Writes the dossiers generated since the last call and their history; returns how many. The daily code
     * sequences continue from the earlier calls.
     */
    public long write() {
        dossiers.sort(Comparator.comparing(GeneratedDossier::received));
        long written = writer.write(dossiers);
        dossiers.clear();
        return written;
    }

    public int generated() {
        return dossiers.size();
    }

    private void repeat(long n, Supplier<GeneratedDossier> one) {
        for (long i = 0; i < n; i++) {
            dossiers.add(one.get());
        }
    }

    /**
     * Received in [from, to), resolved in [resolvedFrom, resolvedBefore): on time (by the due time, not flagged) or
     * late (after the due time, or flagged after a second supplement request). Drawn again until it fits.
     */
    private GeneratedDossier resolved(LocalDateTime from, LocalDateTime to, LocalDateTime resolvedFrom,
            LocalDateTime resolvedBefore, boolean late) {
        for (int attempt = 0; ; attempt++) {
            GeneratedDossier d = start(from, to);
            boolean secondSupplement = late && random.nextInt(10) == 0;
            if (secondSupplement) {
                supplement(d, 2);
            } else if (random.nextInt(100) < 6) {
                supplement(d, 1);
            }
            LocalDateTime lo = max(max(d.resumed != null ? d.resumed : d.received, resolvedFrom)
                    .plusMinutes(20), calendar.officeStart(resolvedFrom));
            LocalDateTime hi = resolvedBefore.minusMinutes(1);
            if (late && !secondSupplement) {
                lo = max(lo, d.due.plusMinutes(1));
                hi = min(hi, lo.plusHours(4 + random.nextInt(8 * 24)));
            } else if (!late) {
                hi = min(hi, d.due);
            }
            if (hi.isAfter(lo) && (d.requested == null || d.requested.isBefore(resolvedBefore))) {
                d.resolved = between(lo, hi, late ? 0.5 : 0.45);
                d.status = random.nextInt(100) < 85 ? "DELIVERED" : "RESOLVED";
                if (d.status.equals("DELIVERED")) {
                    d.delivered = d.resolved.plusMinutes(30 + random.nextInt(72 * 60));
                }
                d.flagged = secondSupplement;
                d.apologised = late && random.nextInt(10) < 7;
                return d;
            }
            guard(attempt);
        }
    }

    /** Still in progress at the end, past its due time with the clock running. */
    private GeneratedDossier overdue(LocalDateTime start, LocalDateTime end) {
        for (int attempt = 0; ; attempt++) {
            GeneratedDossier d = start(max(start, end.minusDays(60)), end);
            if (d.due.isBefore(end.minusHours(1))) {
                d.status = "IN_PROGRESS";
                d.apologised = random.nextBoolean();
                return d;
            }
            guard(attempt);
        }
    }

    /** Still being handled at the end and not yet due, or waiting for a supplement (its clock stopped). */
    private GeneratedDossier notDue(LocalDateTime start, LocalDateTime end) {
        boolean paused = random.nextInt(100) < 12;
        for (int attempt = 0; ; attempt++) {
            GeneratedDossier d = start(max(start, end.minusDays(paused ? 35 : 21)), end);
            if (paused) {
                LocalDateTime at = d.received.plusMinutes(60 + random.nextInt(48 * 60));
                if (at.isBefore(end)) {
                    d.requested = at;
                    d.clockStopped = at;
                    d.supplements = 1;
                    d.status = "SUPPLEMENT_REQUESTED";
                    return d;
                }
            } else if (!d.due.isBefore(end)) {
                d.status = "IN_PROGRESS";
                return d;
            }
            guard(attempt);
        }
    }

    /** Asked for a supplement {@code times} times; the clock restarts in full from the last re-submission. */
    private void supplement(GeneratedDossier d, int times) {
        LocalDateTime at = d.received;
        for (int i = 0; i < times; i++) {
            at = at.plusMinutes(60 + random.nextInt(24 * 60));
            d.requested = d.requested == null ? at : d.requested;
            at = calendar.officeTime(at.toLocalDate().plusDays(1 + random.nextInt(5)), random);
        }
        d.resumed = at;
        d.supplements = times;
        d.due = calendar.due(at, d.procedure);
    }

    /** Agency, procedure, channel and a reception time in office hours on a working day in [from, to). */
    private GeneratedDossier start(LocalDateTime from, LocalDateTime to) {
        ScenarioCatalogue.Agency agency = catalogue.agency(random);
        ScenarioCatalogue.Procedure procedure = catalogue.procedure(agency, random);
        LocalDateTime received = calendar.receptionTime(from, to, random);
        int c = random.nextInt(100);
        String channel = c < CHANNEL_PERCENT[0] ? CHANNELS[0] : c < CHANNEL_PERCENT[0] + CHANNEL_PERCENT[1]
                ? CHANNELS[1] : CHANNELS[2];
        LocalDateTime submitted = channel.equals("COUNTER") ? received
                : received.minusMinutes(10 + random.nextInt(36 * 60));
        LocalDateTime due = calendar.due(received, procedure);
        return new GeneratedDossier(agency, procedure, channel, submitted, received, due);
    }

    private LocalDateTime between(LocalDateTime lo, LocalDateTime hi, double mode) {
        // triangular on [lo, hi]: most results well before the limit, a few at it
        double u = random.nextDouble();
        double x = u < mode ? Math.sqrt(u * mode) : 1 - Math.sqrt((1 - u) * (1 - mode));
        long seconds = java.time.Duration.between(lo, hi).toSeconds();
        return lo.plusSeconds((long) (x * seconds));
    }

    private static void guard(int attempt) {
        if (attempt > 10_000) {
            throw new IllegalStateException("no dossier fits the asked outcome: is the period too short?");
        }
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
