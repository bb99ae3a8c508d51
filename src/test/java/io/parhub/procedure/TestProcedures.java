package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Test procedures and decisions with unique codes and numbers: the database is shared by every test class. */
final class TestProcedures {

    private TestProcedures() {
    }

    static String code() {
        return "T9." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    static String number() {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/QĐ-UBND-TEST";
    }

    static ProcedureContent content(String name) {
        return content(name, ProcessingTime.of(5, TimeUnit.WORKING_DAYS));
    }

    static ProcedureContent content(String name, ProcessingTime time) {
        return new ProcedureContent(name, "Lĩnh vực thử", List.of(ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE),
                "Sở Thử nghiệm", "Trung tâm Phục vụ hành chính công thử", List.of("Bước 1: nộp hồ sơ.",
                        "Bước 2: trả kết quả."),
                List.of(new DossierComponent("Tờ khai thử", 1, 0, null)), time,
                List.of(new Fee("Lệ phí thử", new java.math.BigDecimal("50000"), "VND")), "50.000 đồng",
                "Giấy chứng nhận thử", null, List.of("63/2010/NĐ-CP"), OnlineMode.PARTIAL, null,
                List.of(Channel.COUNTER, Channel.ONLINE), List.of("Công dân Việt Nam"), null, null);
    }

    static PublicationDecision decision(LocalDate effective, ProcedureChange... changes) {
        return new PublicationDecision(number(), effective.minusDays(10), "Chủ tịch UBND tỉnh thử", effective,
                "Ủy ban nhân dân tỉnh thử", null, List.of(changes));
    }
}
