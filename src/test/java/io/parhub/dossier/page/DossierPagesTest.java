package io.parhub.dossier.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dossier pages over MockMvc: tracking without enumeration, idempotent reception, roles, PDFs, conflicts. */
class DossierPagesTest extends ApplicationTest {

    static final String PROCEDURE = "1.004222";
    private static final Pattern CODE = Pattern.compile("id=\"dossier-code\">([^<]+)<");

    @Autowired
    UserDetailsService users;

    @Autowired
    Procedures procedures;

    @Autowired
    Clock clock;

    private List<String> components() {
        return procedures.find(PROCEDURE, LocalDate.now(clock)).orElseThrow().content().components().stream()
                .map(DossierComponent::name).toList();
    }

    private MockHttpServletRequestBuilder reception(String key, String phone, List<String> components) {
        MockHttpServletRequestBuilder request = post("/staff/dossiers/new").with(csrf())
                .with(user(users.loadUserByUsername("motcua.ttpvhcc")))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("procedureCode", PROCEDURE).param("handlingAgencyCode", "STP-92").param("channel", "COUNTER")
                .param("name", "Trần Thị Bình").param("idNumber", "092123456789").param("phone", phone)
                .param("address", "Phường Ninh Kiều, Cần Thơ").param("idempotencyKey", key);
        components.forEach(c -> request.param("components", c));
        return request;
    }

    private String receive(String key, String phone) throws Exception {
        String html = mvc.perform(reception(key, phone, components())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = CODE.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static String phone() {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    @Test
    void aWrongCheckLooksExactlyLikeAnUnknownCode() throws Exception {
        String phone = phone();
        String code = receive(UUID.randomUUID().toString(), phone);
        String check = phone.substring(phone.length() - 4);
        String wrong = check.equals("0000") ? "1111" : "0000";

        String right = mvc.perform(MockMvcRequestBuilders.get("/tracking/" + code).param("check", check)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(right).contains("id=\"tracking-result\"").contains("Đã tiếp nhận").contains(code);

        String wrongCheck = mvc.perform(MockMvcRequestBuilders.get("/tracking").param("code", code).param("check", wrong))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(MockMvcRequestBuilders.get("/tracking").param("code", "000.00.00.X99-260101-9999")
                .param("check", wrong)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(wrongCheck).contains("id=\"tracking-not-found\"").doesNotContain("tracking-result");
        assertThat(neutral(wrongCheck, code)).isEqualTo(neutral(unknown, "000.00.00.X99-260101-9999"));

        // the QR address asks for the check digits and shows nothing else
        String qr = mvc.perform(MockMvcRequestBuilders.get("/tracking/" + code)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(qr).contains("id=\"tracking-check\"").doesNotContain("tracking-result")
                .doesNotContain("tracking-not-found");
    }

    /** The page without the code the visitor typed and the per-session CSRF token. */
    private static String neutral(String html, String code) {
        return html.replace(code, "X").replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
    }

    @Test
    void aDoubleSubmitMakesOneDossier() throws Exception {
        String key = UUID.randomUUID().toString();
        String phone = phone();
        String first = receive(key, phone);
        String html = mvc.perform(reception(key, phone, components())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"dossier-code\">" + first + "<").contains("id=\"outcome-replayed\"");
    }

    @Test
    void anIncompleteDossierListsEveryMissingItemAndGetsAGuidanceSlip() throws Exception {
        List<String> all = components();
        var response = mvc.perform(reception(UUID.randomUUID().toString(), phone(), all.subList(0, 1)))
                .andReturn().getResponse();
        String html = response.getContentAsString();
        assertThat(response.getStatus()).as(html).isEqualTo(200);
        assertThat(html).contains("data-status=\"AWAITING_COMPLETION\"").contains("supplement-request.pdf");
        for (String missing : all.subList(1, all.size())) {
            assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(missing, "UTF-8"));
        }
    }

    @Test
    void onlyCounterOfficersReceive() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new").with(user(users.loadUserByUsername("chuyenvien.stp"))))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new")).andReturn().getResponse()
                .getStatus()).isIn(302, 401);
        mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new").with(user(users.loadUserByUsername("motcua.ttpvhcc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"idempotencyKey\"")));
    }

    @Test
    void theReceiptIsAPdf() throws Exception {
        String code = receive(UUID.randomUUID().toString(), phone());
        byte[] pdf = mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/" + code + "/slips/receipt.pdf")
                .with(user(users.loadUserByUsername("motcua.ttpvhcc"))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // kept for a person to look at, like the browser tests' screenshots
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("dossier-receipt.pdf"), pdf);
    }

    @Test
    void aStaleVersionShowsTheConflictAndTheFreshState() throws Exception {
        String code = receive(UUID.randomUUID().toString(), phone());
        var specialist = user(users.loadUserByUsername("chuyenvien.stp"));
        mvc.perform(post("/staff/dossiers/" + code + "/actions/forward").with(csrf()).with(specialist)
                .param("version", "0")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/staff/dossiers/" + code + "/actions/forward").with(csrf()).with(specialist)
                .param("version", "0")).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"action-problem\"").contains("người khác cập nhật")
                .contains("data-status=\"IN_PROGRESS\"");
        mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers").param("queue", "agency").with(specialist)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
    }
}
