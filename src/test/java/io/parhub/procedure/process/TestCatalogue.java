package io.parhub.procedure.process;

import io.parhub.procedure.Channel;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Test procedures published through the catalogue's own API, with unique codes: the database is shared. */
final class TestCatalogue {

    private final ProcedurePublications publications;

    TestCatalogue(ProcedurePublications publications) {
        this.publications = publications;
    }

    static String code() {
        return "T6." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    static String number(String what) {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/" + what + "-TEST";
    }

    /** Publishes a new procedure {@code code} from {@code from} with processing time {@code time}. */
    void add(String code, LocalDate from, @Nullable ProcessingTime time) {
        publications.publish(decision(from, ProcedureChange.added(code, content(time))), "test");
    }

    /** Amends {@code code} from {@code from} with a new processing time. */
    void amend(String code, LocalDate from, @Nullable ProcessingTime time) {
        publications.publish(decision(from, ProcedureChange.amended(code, content(time))), "test");
    }

    private static PublicationDecision decision(LocalDate from, ProcedureChange change) {
        return new PublicationDecision(number("QĐ-UBND"), from.minusDays(5), "Chủ tịch UBND tỉnh thử", from,
                "Ủy ban nhân dân tỉnh thử", null, List.of(change));
    }

    private static ProcedureContent content(@Nullable ProcessingTime time) {
        return new ProcedureContent("Thủ tục thử quy trình nội bộ", "Lĩnh vực thử", List.of(ProcedureLevel.PROVINCE),
                "Sở Thử nghiệm", "Trung tâm Phục vụ hành chính công thử", List.of("Bước 1: nộp hồ sơ."), List.of(),
                time, List.of(), null, null, null, List.of("63/2010/NĐ-CP"), null, null, List.of(Channel.COUNTER),
                List.of(), null, null);
    }
}
