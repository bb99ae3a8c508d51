package io.parhub.dossier.file;

import io.parhub.ApplicationTest;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.Reception;
import java.time.LocalDateTime;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Online submission with files over HTTP: storage with hashes, idempotency, refusals that write nothing, access. */
class OnlineSubmissionTest extends ApplicationTest {

    private static final String PASSWORD = "Parhub@2026";
    private static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy khai sinh", "Ảnh 4x6");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierFiles dossierFiles;

    @Autowired
    PlatformTransactionManager transactions;

    private String procedure() {
        String code = "T9." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử nộp trực tuyến " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), OnlineMode.PARTIAL, null,
                List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST), List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-FILE", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    private static String dossierJson(String procedure, List<String> components) {
        return """
                {"procedureCode":"%s","receivingAgencyCode":"TTPVHCC-92","handlingAgencyCode":"STP-92",
                 "applicant":{"name":"Trần Thị Bình","idNumber":"092123456789","phone":"0987 65 4321",
                              "address":"Phường Ninh Kiều"},
                 "components":[%s]}""".formatted(procedure, String.join(",",
                components.stream().map(c -> "\"" + c + "\"").toList()));
    }

    private static byte[] jpeg(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 4];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        System.arraycopy(body, 0, b, 4, body.length);
        return b;
    }

    private static MockMultipartFile dossierPart(String json) {
        return new MockMultipartFile("dossier", "", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions submit(String json, String key, String language, MockMultipartFile... files)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/public/dossiers");
        request.file(dossierPart(json));
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.header("Accept-Language", language);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    private long files() {
        return jdbc.sql("select count(*) from dossier_file").query(Long.class).single();
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String submitted(String procedure, byte[] first, byte[] second) throws Exception {
        JsonNode receipt = read(submit(dossierJson(procedure, COMPONENTS.subList(0, 2)), UUID.randomUUID().toString(),
                "vi", new MockMultipartFile("0", "to-khai.pdf", "application/pdf", first),
                new MockMultipartFile("1", "khai-sinh.jpg", "image/jpeg", second))
                .andExpect(status().isCreated()));
        return receipt.get("code").asString();
    }

    @Test
    void aSubmissionWithTwoFilesStoresBothWithTheirHashes() throws Exception {
        String procedure = procedure();
        byte[] pdf = FileValidatorTest.pdf(2048);
        byte[] jpg = jpeg("ảnh chụp giấy khai sinh");
        String key = UUID.randomUUID().toString();
        JsonNode receipt = read(submit(dossierJson(procedure, COMPONENTS.subList(0, 2)), key, "vi",
                new MockMultipartFile("0", "tờ khai.pdf", "application/pdf", pdf),
                new MockMultipartFile("1", "khai-sinh.jpg", "image/jpeg", jpg)).andExpect(status().isCreated()));
        String code = receipt.get("code").asString();
        assertThat(receipt.get("trackingPath").asString()).isEqualTo("/tracking/" + code);
        assertThat(receipt.get("check").asString()).isEqualTo("4321");
        assertThat(receipt.get("status").asString()).isEqualTo("AWAITING_COMPLETION");

        List<String> hashes = jdbc.sql("select sha256 from dossier_file where dossier_code = :code order by id")
                .param("code", code).query(String.class).list();
        assertThat(hashes).containsExactly(FileValidator.sha256(pdf), FileValidator.sha256(jpg));
        assertThat(jdbc.sql("select uploaded_by from dossier_file where dossier_code = :code").param("code", code)
                .query(String.class).list()).containsOnly("citizen");

        // the citizen lists them (names, sizes, hashes) through the tracking check, and not with a wrong check
        HttpResponse<String> listed = get("/api/v1/public/dossiers/" + code + "/files?check=4321");
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode list = json(listed);
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("originalName").asString()).isEqualTo("tờ khai.pdf");
        assertThat(list.get(0).get("size").asLong()).isEqualTo(2048);
        assertThat(list.get(1).get("sha256").asString()).isEqualTo(FileValidator.sha256(jpg));
        assertThat(list.get(0).has("uploadedBy")).isFalse();
        assertThat(get("/api/v1/public/dossiers/" + code + "/files?check=0000").statusCode()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameDossierAndStoresNoFileTwice() throws Exception {
        String procedure = procedure();
        String key = UUID.randomUUID().toString();
        String json = dossierJson(procedure, COMPONENTS);
        MockMultipartFile[] parts = {
            new MockMultipartFile("0", "a.pdf", "application/pdf", FileValidatorTest.pdf(500)),
            new MockMultipartFile("1", "b.png", "image/png", FileValidatorTest.png()),
            new MockMultipartFile("2", "c.jpg", "image/jpeg", jpeg("ảnh 4x6"))};
        String first = read(submit(json, key, "vi", parts).andExpect(status().isCreated())).get("code").asString();
        long dossiersBefore = dossiers();
        long filesBefore = files();
        JsonNode retry = read(submit(json, key, "vi", parts).andExpect(status().isOk()));
        assertThat(retry.get("code").asString()).isEqualTo(first);
        assertThat(retry.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(dossiers()).isEqualTo(dossiersBefore);
        assertThat(files()).isEqualTo(filesBefore);
        assertThat(jdbc.sql("select count(*) from dossier_file where dossier_code = :c").param("c", first)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anExeRenamedPdfIsRefusedByItsBytesAndNothingIsWritten() throws Exception {
        String procedure = procedure();
        long dossiersBefore = dossiers();
        long filesBefore = files();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        submit(dossierJson(procedure, COMPONENTS.subList(0, 2)), UUID.randomUUID().toString(), "en",
                new MockMultipartFile("0", "to-khai.pdf", "application/pdf", FileValidatorTest.pdf(100)),
                new MockMultipartFile("1", "khai-sinh.pdf", "application/pdf", exe))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-type"))
                .andExpect(jsonPath("$.title").value("File type not accepted"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("khai-sinh.pdf")));
        assertThat(dossiers()).isEqualTo(dossiersBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedInVietnameseAndNothingIsWritten() throws Exception {
        String procedure = procedure();
        long dossiersBefore = dossiers();
        long filesBefore = files();
        submit(dossierJson(procedure, COMPONENTS.subList(0, 1)), UUID.randomUUID().toString(), "vi",
                new MockMultipartFile("0", "lon.pdf", "application/pdf",
                        FileValidatorTest.pdf(10 * 1024 * 1024 + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-too-large"))
                .andExpect(jsonPath("$.title").value("Tệp quá lớn"));
        assertThat(dossiers()).isEqualTo(dossiersBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void anUnknownComponentOrProcedureOrAMissingKeyIsRefusedAndNothingIsWritten() throws Exception {
        String procedure = procedure();
        long dossiersBefore = dossiers();
        long filesBefore = files();
        MockMultipartFile file = new MockMultipartFile("0", "a.pdf", "application/pdf", FileValidatorTest.pdf(64));
        submit(dossierJson(procedure, List.of("Giấy không có trong thủ tục")), UUID.randomUUID().toString(), "vi",
                file).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-unknown-component"));
        submit(dossierJson(procedure, COMPONENTS.subList(0, 1)), UUID.randomUUID().toString(), "vi",
                file, new MockMultipartFile("7", "b.pdf", "application/pdf", FileValidatorTest.pdf(70)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-unknown-component"));
        submit(dossierJson("KHONG.CO.THU.TUC", COMPONENTS.subList(0, 1)), UUID.randomUUID().toString(), "vi", file)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-unknown-procedure"));
        submit(dossierJson(procedure, COMPONENTS.subList(0, 2)), UUID.randomUUID().toString(), "en", file)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-missing-file"));
        submit(dossierJson(procedure, COMPONENTS.subList(0, 1)), null, "en", file)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-idempotency-key"));
        assertThat(dossiers()).isEqualTo(dossiersBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void theHandlingAgencysSpecialistDownloadsAnotherAgencyGets403AndAnonymous401() throws Exception {
        byte[] pdf = FileValidatorTest.pdf(300);
        String code = submitted(procedure(), pdf, jpeg("giấy khai sinh"));
        JsonNode list = read(mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + code + "/files")
                .with(httpBasic("chuyenvien.stp", PASSWORD))).andExpect(status().isOk()));
        assertThat(list).hasSize(2);
        long id = list.get(0).get("id").asLong();
        byte[] downloaded = mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + code + "/files/" + id)
                .with(httpBasic("chuyenvien.stp", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);

        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + code + "/files/" + id).with(httpBasic("motcua.phuong", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + code + "/files").with(httpBasic("motcua.phuong", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(get("/api/v1/dossiers/" + code + "/files/" + id).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/dossiers/" + code + "/files").statusCode()).isEqualTo(401);
    }

    @Test
    void theSameBytesTwiceInOneDossierAreStoredOnce() throws Exception {
        byte[] same = FileValidatorTest.pdf(400);
        String code = read(submit(dossierJson(procedure(), COMPONENTS.subList(0, 2)), UUID.randomUUID().toString(),
                "vi", new MockMultipartFile("0", "a.pdf", "application/pdf", same),
                new MockMultipartFile("1", "b.pdf", "application/pdf", same)).andExpect(status().isCreated()))
                .get("code").asString();
        assertThat(jdbc.sql("select count(*) from dossier_file where dossier_code = :c").param("c", code)
                .query(Long.class).single()).isOne();
    }

    @Test
    void theDossierAndItsFilesAreWrittenInTheCallersTransaction() {
        // submitOnline of the engine joins the transaction of DossierFiles.submitOnline (propagation REQUIRED):
        // when the surrounding transaction rolls back, neither the dossier, its files nor the idempotency key remain
        String procedure = procedure();
        String key = UUID.randomUUID().toString();
        long dossiersBefore = dossiers();
        long filesBefore = files();
        Reception reception = new Reception(procedure, Channel.ONLINE, "STP-92",
                new Applicant("Lê Văn Cường", null, "0901 111 222", null), COMPONENTS.subList(0, 1), List.of(), null);
        String code = new TransactionTemplate(transactions).execute(tx -> {
            String c = dossierFiles.submitOnline(reception, "TTPVHCC-92", List.of(new UploadedFile("Tờ khai",
                    "a.pdf", "application/pdf", FileValidatorTest.pdf(90))), LocalDateTime.now().minusMinutes(1),
                    key).dossier().code();
            assertThat(jdbc.sql("select count(*) from dossier_file where dossier_code = :c").param("c", c)
                    .query(Long.class).single()).isOne();
            tx.setRollbackOnly();
            return c;
        });
        assertThat(jdbc.sql("select count(*) from dossier where code = :c").param("c", code).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from dossier_idempotency where key = :k").param("k", key)
                .query(Long.class).single()).isZero();
        assertThat(dossiers()).isEqualTo(dossiersBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }
}
