package io.parhub.dossier.bench;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.dossier.DossierStatistics.Report;
import io.parhub.dossier.DossierStatistics.Row;
import io.parhub.dossier.Figures;
import io.parhub.dossier.bench.ProvinceScenario.Targets;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replaying the seed's half-year gives the seed's totals: Sóc Trăng (UBND-94 and its subtree), 1/1–30/6/2020,
 * received 178,770 = 176,611 new + 2,159 carried over; resolved 175,256 = 175,191 on time + 65 late; pending 3,514 =
 * 3,494 not yet due + 20 overdue. The generator decides each dossier's outcome; the figures are computed by
 * {@link DossierStatistics} from the rows. The property below gives this class its own application context, hence
 * its own empty database, so no other test's dossiers are counted and these do not reach other tests.
 */
@SpringBootTest
@TestPropertySource(properties = "parhub.test.database=seed-half-year-replay")
class SeedHalfYearReplayTest {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2020, 6, 30);

    @Autowired
    DataSource dataSource;

    @Autowired
    DossierStatistics statistics;

    @Test
    void theSeedsHalfYearTotalsComeOutOfTheStatistics() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select count(*) from dossier where code like 'ST.%'").query(Long.class).single())
                .as("a database of its own").isZero();
        Targets seed = Targets.SOC_TRANG_2020_H1;
        long written = new ProvinceScenario(dataSource, "UBND-94", FROM, "ST.", 2020)
                .period(FROM, TO, seed).write();
        assertThat(written).isEqualTo(178_770);

        Report report = report(GroupBy.NONE);
        Figures f = report.total();
        assertThat(f.received()).isEqualTo(178_770);
        assertThat(f.newTotal()).isEqualTo(176_611);
        assertThat(f.carriedOver()).isEqualTo(2_159);
        assertThat(f.resolved()).isEqualTo(175_256);
        assertThat(f.resolvedOnTime()).isEqualTo(175_191);
        assertThat(f.resolvedLate()).isEqualTo(65);
        assertThat(f.pending()).isEqualTo(3_514);
        assertThat(f.pendingNotDue()).isEqualTo(3_494);
        assertThat(f.pendingOverdue()).isEqualTo(20);
        assertThat(f.withdrawn() + f.refused() + f.suspended()).isZero();
        // plausible spread: mostly at the counter, some supplements and apologies
        assertThat(f.newCounter()).isBetween(150_000L, 160_000L);
        assertThat(f.newOnline()).isPositive();
        assertThat(f.newPost()).isPositive();
        assertThat(f.supplementRequested()).isBetween(8_000L, 14_000L);
        assertThat(f.apologised()).isBetween(20L, 85L);

        Report byAgency = report(GroupBy.AGENCY);
        assertThat(byAgency.rows().size()).isGreaterThan(100);
        assertThat(byAgency.rows().stream().map(Row::figures).reduce(Figures.ZERO, Figures::plus)).isEqualTo(f);
        assertThat(byAgency.total()).isEqualTo(f);

        // each month is a period of its own: new and resolved add up over the months, pending is June's
        Report byMonth = report(GroupBy.MONTH);
        assertThat(byMonth.rows()).extracting(Row::key).containsExactly("2020-01", "2020-02", "2020-03", "2020-04",
                "2020-05", "2020-06");
        assertThat(byMonth.rows().stream().mapToLong(r -> r.figures().newTotal()).sum()).isEqualTo(176_611);
        assertThat(byMonth.rows().stream().mapToLong(r -> r.figures().resolvedOnTime()).sum()).isEqualTo(175_191);
        assertThat(byMonth.rows().stream().mapToLong(r -> r.figures().resolvedLate()).sum()).isEqualTo(65);
        assertThat(byMonth.rows().get(0).figures().carriedOver()).isEqualTo(2_159);
        assertThat(byMonth.rows().get(5).figures().pendingNotDue()).isEqualTo(3_494);
        assertThat(byMonth.rows().get(5).figures().pendingOverdue()).isEqualTo(20);
        for (int m = 1; m < 6; m++) { // pending at the end of one month = carried over into the next
            assertThat(byMonth.rows().get(m).figures().carriedOver()).isEqualTo(
                    byMonth.rows().get(m - 1).figures().pending());
        }
    }

    private Report report(GroupBy groupBy) {
        return statistics.report(new Query("UBND-94", null, null, null, null, FROM, TO, groupBy, null));
    }
}
