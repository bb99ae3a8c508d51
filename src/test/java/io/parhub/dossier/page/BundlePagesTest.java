package io.parhub.dossier.page;

import io.parhub.ApplicationTest;
import io.parhub.procedure.BundleDescriber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The counter's page for interconnected dossiers, and the dossier page with its parts. */
class BundlePagesTest extends ApplicationTest {

    private static final String BUNDLE = "LT-KS-TT-BHYT";
    private static final Pattern CODE = Pattern.compile("id=\"dossier-code\">([^<]+)<");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    UserDetailsService users;

    @Autowired
    BundleDescriber bundles;

    @Autowired
    Clock clock;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder reception(List<String> components) {
        MockHttpServletRequestBuilder request = post("/staff/dossiers/new-bundle").with(csrf())
                .with(as("motcua.phuong")).param("bundle", BUNDLE).param("partAgency", "", "STP-92", "")
                .param("name", "Trần Thị Bé").param("phone", "0907654321").param("channel", "COUNTER")
                .param("idempotencyKey", "bundle-page-" + System.nanoTime());
        components.forEach(c -> request.param("components", c));
        return request;
    }

    @Test
    void theCounterReceivesAnInterconnectedDossierAndCompletesTheWardsPartOnItsPage() throws Exception {
        String form = mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new-bundle").param("bundle", BUNDLE).with(as("motcua.phuong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"bundle-reception-form\"", "Đăng ký khai sinh", "Đăng ký thường trú",
                "name=\"partAgency\"", "Sở Tư pháp thành phố Cần Thơ");

        List<String> components = bundles.describe(BUNDLE, LocalDate.now(clock)).orElseThrow().components();
        String received = mvc.perform(reception(components)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher code = CODE.matcher(received);
        assertThat(code.find()).as(received).isTrue();

        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/" + code.group(1)).with(as("motcua.phuong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"dossier-parts\"", "data-state=\"IN_PROGRESS\"", "data-state=\"WAITING\"",
                "id=\"action-complete-part\"").doesNotContain("id=\"action-forward\"");
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).isTrue();

        mvc.perform(post("/staff/dossiers/" + code.group(1) + "/actions/complete-part").with(csrf())
                        .with(as("motcua.phuong")).param("version", version.group(1)).param("part", "1"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/" + code.group(1)).with(as("motcua.phuong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("data-part=\"1\" data-state=\"DONE\"", "data-part=\"2\" data-state=\"IN_PROGRESS\"");
    }

    @Test
    void anIncompleteBundleListsEveryMissingComponentAtOnce() throws Exception {
        String body = mvc.perform(reception(List.of())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> components = bundles.describe(BUNDLE, LocalDate.now(clock)).orElseThrow().components();
        assertThat(components).hasSizeGreaterThan(1);
        assertThat(body).contains(components.get(0), components.get(components.size() - 1));
    }

    @Test
    void anUnknownBundleIsSaidSoAndAnOfficerWithoutTheCounterRoleIsRefused() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new-bundle").param("bundle", "LT-KHONG-CO")
                        .with(as("motcua.phuong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"unknown-bundle\"").doesNotContain("id=\"bundle-reception-form\"");
        mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new-bundle").with(as("chuyenvien.stp"))).andExpect(status().isForbidden());
    }
}
