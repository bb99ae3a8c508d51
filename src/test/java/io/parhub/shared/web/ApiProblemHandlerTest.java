package io.parhub.shared.web;

import io.parhub.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every API error has the RFC 9457 shape, a stable type and a message in the caller's language. */
class ApiProblemHandlerTest {

    @RestController
    static class Probe {
        @GetMapping("/api/probe")
        String probe(@RequestParam int count) {
            if (count < 0) {
                throw DomainException.invalid("negative-count", "problem.invalid-parameter", "count", count);
            }
            return "ok";
        }
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        var messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:messages/shared");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return MockMvcBuilders.standaloneSetup(new Probe()).setControllerAdvice(new ApiProblemHandler(messages))
                .setLocaleResolver(new LanguageConfiguration().localeResolver()).build();
    }

    @Test
    void missingParameterInVietnameseAndEnglish() throws Exception {
        mvc.perform(get("/api/probe"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/missing-parameter"))
                .andExpect(jsonPath("$.title").value("Thiếu tham số"))
                .andExpect(jsonPath("$.detail").value("Thiếu tham số bắt buộc \"count\"."));
        mvc.perform(get("/api/probe").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Missing parameter"))
                .andExpect(jsonPath("$.detail").value("The required parameter \"count\" is missing."));
    }

    @Test
    void wrongTypeNamesTheParameterAndValue() throws Exception {
        mvc.perform(get("/api/probe").param("count", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.detail").value("Giá trị \"many\" của tham số \"count\" không hợp lệ."));
    }

    @Test
    void domainRuleKeepsItsOwnType() throws Exception {
        mvc.perform(get("/api/probe").param("count", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/negative-count"))
                .andExpect(jsonPath("$.status").value(400));
    }
}
