package io.parhub.procedure.page;

import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Unique codes, fields and decision numbers for page tests: every test class shares one database. */
final class PageFixtures {

    private PageFixtures() {
    }

    static String code() {
        return "T8." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    static String number() {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/QĐ-UBND-T8";
    }

    static String tag() {
        return "T8" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    static ProcedureContent content(String name, String field, List<ProcedureLevel> levels, String agency,
            @Nullable ProcessingTime time, @Nullable OnlineMode onlineMode) {
        return new ProcedureContent(name, field, levels, agency, agency, List.of("Nộp hồ sơ.", "Nhận kết quả."),
                List.of(new DossierComponent("Tờ khai thử", 1, null, null)), time, List.of(), null,
                "Giấy chứng nhận thử", null, List.of("63/2010/NĐ-CP"), onlineMode, null,
                List.of(Channel.COUNTER, Channel.ONLINE), List.of("Công dân Việt Nam"), null, null);
    }

    static PublicationDecision decision(LocalDate effective, ProcedureChange... changes) {
        return new PublicationDecision(number(), effective.minusDays(5), "Chủ tịch UBND tỉnh thử", effective,
                "Ủy ban nhân dân tỉnh thử", null, List.of(changes));
    }
}
