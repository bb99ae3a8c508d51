package io.parhub.procedure.process;

import io.parhub.ApplicationTest;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff page of a procedure's internal process: view, enter rows, see the refusal in the officer's language. */
class ProcessPageTest extends ApplicationTest {

    @Autowired
    ProcedurePublications publications;

    @Test
    void anOfficerEntersAProcessRowByRowAndSeesItInForce() throws Exception {
        String code = TestCatalogue.code();
        new TestCatalogue(publications).add(code, LocalDate.of(2024, 1, 1), ProcessingTime.of(2, TimeUnit.WORKING_DAYS));
        String path = "/staff/procedures/" + code + "/process";

        String empty = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(user("cv").roles("SPECIALIST")));
        assertThat(empty).contains("id=\"process-none\"", "2 ngày làm việc").doesNotContain("id=\"process-form\"");

        mvc.perform(form(path, "1", "WORKING_DAYS")).andExpect(status().isOk()).andReturn();
        String refused = mvc.perform(form(path, "1", "WORKING_DAYS")).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"process-error\"", "1,5 ngày làm việc", "2 ngày làm việc");

        mvc.perform(form(path, "1.5", "WORKING_DAYS"))
                .andExpect(redirectedUrl(path + "?at=2024-03-01"));
        String shown = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path + "?at=2024-03-01&lang=en")
                .with(user("kt").roles("PROCEDURE_CONTROL")));
        assertThat(shown).contains("id=\"process-consistent\"", "PAGE-1/QĐ-UBND", "Văn thư – Đóng dấu",
                "id=\"process-form\"", "Total time");

        mvc.perform(form(path, "1.5", "WORKING_DAYS").with(user("cv").roles("SPECIALIST")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(String path, String appraisal, String unit) {
        return post(path).with(user("kt").roles("PROCEDURE_CONTROL")).with(csrf())
                .param("decisionNumber", "PAGE-1/QĐ-UBND").param("approvedOn", "2024-03-01")
                .param("stepName", "Tiếp nhận", "Thẩm định", "", "")
                .param("stepPerformer", "Bộ phận Một cửa – Tiếp nhận", "Văn thư – Đóng dấu, phát hành", "", "")
                .param("stepAmount", "4", appraisal, "", "")
                .param("stepUnit", "WORKING_HOURS", unit, "WORKING_DAYS", "WORKING_DAYS");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
