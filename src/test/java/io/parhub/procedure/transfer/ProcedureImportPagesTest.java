package io.parhub.procedure.transfer;

import io.parhub.ApplicationTest;
import io.parhub.procedure.Procedures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static io.parhub.procedure.transfer.TransferTestSupport.csv;
import static io.parhub.procedure.transfer.TransferTestSupport.decisionNumber;
import static io.parhub.procedure.transfer.TransferTestSupport.prefix;
import static io.parhub.procedure.transfer.TransferTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff import pages: form, dry-run result, confirmation of the kept upload, done page. */
class ProcedureImportPagesTest extends ApplicationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    Procedures procedures;

    private static MockMultipartHttpServletRequestBuilder upload(byte[] file, String number) {
        var request = multipart("/staff/procedures/import");
        request.file(new MockMultipartFile("file", "danh-muc.csv", "text/csv", file));
        request.param("number", number).param("signedOn", "2026-03-01").param("effectiveFrom", "2026-03-01")
                .param("issuer", "Ủy ban nhân dân tỉnh thử");
        return request;
    }

    private String html(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anOfficerChecksAFileThenImportsExactlyThatFile() throws Exception {
        var officer = user("kiemsoat.tthc").roles("PROCEDURE_CONTROL");
        String form = html(mvc.perform(MockMvcRequestBuilders.get("/staff/procedures/import").with(officer)).andExpect(status().isOk()));
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"")
                .contains("Nhập danh mục thủ tục từ tệp");

        String p = prefix();
        String number = decisionNumber();
        String result = html(mvc.perform(upload(csv(row("NEW", p + "-1", "Thủ tục thử trang")), number)
                .with(officer).with(csrf())).andExpect(status().isOk()));
        assertThat(result).contains("Tệp hợp lệ: 1 thủ tục mới, 0 sửa đổi, 0 bãi bỏ.").contains("Nhập chính thức");
        assertThat(procedures.find(p + "-1", LocalDate.of(2026, 3, 1))).isEmpty();
        Matcher token = TOKEN.matcher(result);
        assertThat(token.find()).isTrue();

        mvc.perform(post("/staff/procedures/import/confirm").param("token", token.group(1))
                        .with(user("someone.else").roles("PROCEDURE_CONTROL")).with(csrf()))
                .andExpect(status().isBadRequest());
        var done = mvc.perform(post("/staff/procedures/import/confirm").param("token", token.group(1))
                        .with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/procedures/import/done"))
                .andReturn();
        assertThat(procedures.find(p + "-1", LocalDate.of(2026, 3, 1)).orElseThrow().content().name())
                .isEqualTo("Thủ tục thử trang");
        String donePage = html(mvc.perform(MockMvcRequestBuilders.get("/staff/procedures/import/done").with(officer)
                .flashAttrs(done.getFlashMap())).andExpect(status().isOk()));
        assertThat(donePage).contains("Đã công bố quyết định " + number);

        // the kept upload is gone once imported
        mvc.perform(post("/staff/procedures/import/confirm").param("token", token.group(1))
                .with(officer).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void aFileWithErrorsShowsEveryRowsErrorsAndNoImportButton() throws Exception {
        String p = prefix();
        byte[] file = csv(row("NEW", p + "-1", "Thủ tục thử"), row("NEW", p + "-1", "Trùng mã"),
                row("XÓA", p + "-3", "Loại sai"));
        String result = html(mvc.perform(upload(file, decisionNumber()).param("lang", "en")
                .with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().isOk()));
        assertThat(result).contains("id=\"import-error-table\"")
                .contains("The procedure code &quot;" + p + "-1&quot; is already used in row 2 of the same file.")
                .contains("The change &quot;XÓA&quot; is not valid")
                .doesNotContain("import-confirm");
    }

    @Test
    void otherStaffMayNotOpenTheImportPage() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/staff/procedures/import").with(user("chuyenvien.stp").roles("SPECIALIST")))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/staff/procedures/import").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }
}
