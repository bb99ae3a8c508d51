package io.parhub.dossier;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test procedures with three components, the demo staff as signed-in users, receptions with explicit times. */
abstract class DossierTestSupport extends ApplicationTest {

    static final String COUNTER = "motcua.ttpvhcc";
    static final String SPECIALIST = "chuyenvien.stp";
    static final String LEADER = "lanhdao.stp";
    static final String OTHER_COUNTER = "motcua.phuong";
    static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy khai sinh", "Ảnh 4x6");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new procedure in force from 2024-01-01 with {@link #COMPONENTS} and {@code workingDays} (null: not stated). */
    String procedure(@Nullable Integer workingDays) {
        String code = "T8." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcessingTime time = workingDays == null ? null : ProcessingTime.of(workingDays, TimeUnit.WORKING_DAYS);
        ProcedureContent content = new ProcedureContent("Thủ tục thử hồ sơ " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(), time,
                List.of(), null, "Giấy chứng nhận", null, List.of("61/2018/NĐ-CP"), OnlineMode.PARTIAL, null,
                List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST), List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-DOSSIER", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    /** Signs in {@code username} on this thread (as the web layer would). */
    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static Reception complete(String procedure, String phone) {
        return new Reception(procedure, Channel.COUNTER, "STP-92",
                new Applicant("Nguyễn Văn An", "094123456789", phone, "Phường Phú Lợi, Cần Thơ"), COMPONENTS,
                List.of(), null);
    }

    /** Receives a complete dossier at the counter at {@code at}, handled by STP-92. */
    DossierView receive(String procedure, LocalDateTime at) {
        as(COUNTER);
        return dossiers.receive(complete(procedure, "0901234567"), at, null).dossier();
    }

    DossierView act(String user, String code, DossierAction action, ActionInput input, LocalDateTime at) {
        as(user);
        return dossiers.act(code, action, input, at);
    }

    DossierView act(String user, DossierView d, DossierAction action, LocalDateTime at) {
        return act(user, d.code(), action, ActionInput.of(d.version()), at);
    }
}
