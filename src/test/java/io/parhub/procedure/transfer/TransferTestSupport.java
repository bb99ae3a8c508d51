package io.parhub.procedure.transfer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Unique codes and decision numbers (the database is shared by every test), CSV files and import requests. */
final class TransferTestSupport {

    static final String DEMO_PASSWORD = "Parhub@2026";
    static final String HEADER = "change,code,name,field,levels,processing_time_amount,processing_time_unit,"
            + "channels,legal_bases,components\r\n";

    private TransferTestSupport() {
    }

    /** A code prefix no other test uses, e.g. "T7-1a2b3c4d". */
    static String prefix() {
        return "T7-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String decisionNumber() {
        return UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    }

    static byte[] csv(String... rows) {
        return (HEADER + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A NEW or AMENDED row of the test CSV layout. */
    static String row(String change, String code, String name) {
        return change + "," + code + "," + name + ",Hộ tịch,Cấp xã,5,Ngày làm việc,Trực tiếp | Trực tuyến,"
                + "123/2015/NĐ-CP,\"Tờ khai [originals: 1, copies: 0]\"";
    }

    static MockMultipartHttpServletRequestBuilder importing(boolean dryRun, byte[] file, String fileName,
            String number, String effectiveFrom) {
        var request = multipart("/api/v1/procedure-imports");
        request.file(new MockMultipartFile("file", fileName, "application/octet-stream", file));
        request.param("dryRun", String.valueOf(dryRun)).param("number", number).param("signedOn", effectiveFrom)
                .param("effectiveFrom", effectiveFrom).param("signer", "Chủ tịch UBND tỉnh")
                .param("issuer", "Ủy ban nhân dân tỉnh thử");
        return request;
    }

    /** Rows in the tables an import writes to (and the audit trail): all must stay put when an import fails. */
    record Counts(long versions, long changes, long decisions, long audit, long imports) {

        static Counts of(JdbcClient jdbc) {
            return new Counts(count(jdbc, "procedure_version"), count(jdbc, "procedure_change"),
                    count(jdbc, "procedure_decision"), count(jdbc, "shared_audit_event"),
                    count(jdbc, "procedure_import"));
        }

        private static long count(JdbcClient jdbc, String table) {
            return jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
    }
}
