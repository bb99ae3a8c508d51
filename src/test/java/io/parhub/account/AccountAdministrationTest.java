package io.parhub.account;

import io.parhub.ApplicationTest;
import io.parhub.account.store.StaffAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators manage accounts through the UI: idempotent creation, validation, optimistic locking, audit. */
class AccountAdministrationTest extends ApplicationTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("admin")
    void creatingTheSameAccountTwiceCreatesItOnceAndAuditsIt() throws Exception {
        String username = "new." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/admin/accounts/new").with(csrf()).param("username", username)
                    .param("displayName", "Nguyễn Văn A").param("agencyCode", "STP-92").param("roles", "SPECIALIST")
                    .param("password", "Mat-khau-2026").param("version", "0").param("enabled", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(accounts.byUsername(username)).hasValueSatisfying(a -> {
            assertThat(a.roles()).containsExactly(Role.SPECIALIST);
            assertThat(a.displayName()).isEqualTo("Nguyễn Văn A");
        });
        assertThat(audits("account.created", username)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void aWeakPasswordIsRefusedWithAReadableMessageAndNothingIsWritten() throws Exception {
        String username = "weak." + UUID.randomUUID().toString().substring(0, 8);
        var page = mvc.perform(post("/admin/accounts/new").with(csrf()).param("username", username)
                .param("displayName", "B").param("agencyCode", "STP-92").param("roles", "SPECIALIST")
                .param("password", "short").param("version", "0").param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Mật khẩu phải có ít nhất 10 ký tự");
        assertThat(accounts.byUsername(username)).isEmpty();
        assertThat(audits("account.created", username)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void aStaleEditIsRefused() throws Exception {
        var account = accounts.byUsername("daumoi.stp").orElseThrow();
        mvc.perform(post("/admin/accounts/" + account.id()).with(csrf()).param("username", account.username())
                .param("displayName", "Huỳnh Văn Tâm").param("agencyCode", "STP-92").param("roles", "PAR_FOCAL_POINT")
                .param("version", String.valueOf(account.version())).param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        var stale = mvc.perform(post("/admin/accounts/" + account.id()).with(csrf()).param("username",
                        account.username()).param("displayName", "Someone else").param("agencyCode", "STP-92")
                .param("roles", "PAR_FOCAL_POINT").param("version", String.valueOf(account.version()))
                .param("enabled", "true")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stale).contains("Dữ liệu đã được người khác thay đổi");
        assertThat(accounts.byUsername("daumoi.stp").orElseThrow().displayName()).isEqualTo("Huỳnh Văn Tâm");
    }

    @Test
    @WithUserDetails("chuyenvien.stp")
    void onlyAdministratorsOpenTheAccountAdministration() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/accounts")).andExpect(status().isForbidden());
    }

    private long audits(String action, String subject) {
        return jdbc.sql("select count(*) from shared_audit_event where action = :a and subject_id = :s")
                .param("a", action).param("s", subject).query(Long.class).single();
    }
}
