package io.parhub.dossier;

import io.parhub.shared.DomainException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Receptions and actions from several threads at once: unique consecutive codes, one winner per version. */
class DossierConcurrencyTest extends DossierTestSupport {

    @Autowired
    JdbcClient jdbc;

    private <T> List<Future<T>> together(int threads, SecurityContext context, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                SecurityContextHolder.setContext(context);
                start.await();
                try {
                    return work.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        pool.shutdown();
        return results;
    }

    @Test
    void parallelReceptionsOnOneDayGetDistinctConsecutiveCodes() throws Exception {
        String procedure = procedure(5);
        // a day of its own so the daily sequence starts at 1: a mapped identifier used only by this test
        String identifier = "000.00.00.T" + System.nanoTime() % 100_000;
        jdbc.sql("insert into dossier_agency_identifier (agency_code, identifier) values ('TTPVHCC-92', :id) "
                + "on conflict (agency_code) do update set identifier = excluded.identifier")
                .param("id", identifier).update();
        try {
            as(COUNTER);
            LocalDateTime at = LocalDateTime.of(2026, 4, 24, 9, 0);
            List<Future<DossierView>> results = together(8, SecurityContextHolder.getContext(),
                    () -> dossiers.receive(complete(procedure, "0903333333"), at, null).dossier());
            List<String> codes = new ArrayList<>();
            for (Future<DossierView> f : results) {
                codes.add(f.get().code());
            }
            assertThat(new HashSet<>(codes)).hasSize(8);
            assertThat(codes).allMatch(c -> c.startsWith(identifier + "-260424-"));
            assertThat(codes.stream().map(c -> c.substring(c.length() - 4)).sorted().toList())
                    .containsExactly("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008");
        } finally {
            jdbc.sql("delete from dossier_agency_identifier where agency_code = 'TTPVHCC-92'").update();
        }
    }

    @Test
    void twoOfficersActingOnTheSameVersionAtOnceGetOneSuccessAndOneConflict() throws Exception {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 5, 4, 9, 0));
        as(SPECIALIST);
        List<Future<String>> results = together(2, SecurityContextHolder.getContext(), () -> {
            try {
                dossiers.act(d.code(), DossierAction.FORWARD, ActionInput.of(d.version()),
                        LocalDateTime.of(2026, 5, 4, 10, 0));
                return "ok";
            } catch (DomainException e) {
                return e.type();
            }
        });
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "dossier-stale");
        DossierView after = dossiers.find(d.code()).orElseThrow();
        assertThat(after.version()).isEqualTo(d.version() + 1);
        assertThat(after.currentStep()).isEqualTo(2);
        assertThat(after.history()).extracting(DossierView.HistoryEntry::action).containsExactly("receive", "forward");
    }
}
