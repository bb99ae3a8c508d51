package io.parhub.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import io.parhub.dossier.ActionInput;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The survey services, the demo staff as signed-in users, and small questionnaires made with the designer. */
abstract class SurveyTestSupport extends ApplicationTest {

    static final String PAR_OFFICE = "cchc.snv";
    static final String FOCAL_POINT_STP = "daumoi.stp";
    static final String SPECIALIST_STP = "chuyenvien.stp";

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    SurveyRounds rounds;

    @Autowired
    SurveyAnswers answers;

    @Autowired
    SatisfactionIndex index;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    private static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy tờ");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in {@code username} on this thread (as the web layer would). */
    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    Questionnaire seeded(String code) {
        return questionnaires.all().stream().filter(q -> q.code().equals(code) && q.version() == 1).findFirst()
                .orElseThrow();
    }

    /** A new version of the BNV form with the given questions (as the PAR office). */
    Questionnaire designed(String title, List<Questionnaires.Draft> drafts) {
        as(PAR_OFFICE);
        return questionnaires.copy(seeded("BNV-Q9").id(), title, LocalDate.of(2018, 1, 1), drafts);
    }

    /** Enters one paper form (levels by question number) as the PAR office. */
    void paper(long roundId, String unit, Map<Integer, Integer> levels) {
        as(PAR_OFFICE);
        answers.enterPaper(roundId, unit, levels);
    }

    /**
     * {@code count} dossiers handled by STP-92 and received at TTPVHCC-92, delivered on the working days from
     * {@code from}; returns their codes.
     */
    List<String> deliver(LocalDate from, int count) {
        String procedure = procedure();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime at = from.atTime(8, 0).plusDays(i % 5).plusMinutes(10L * i);
            as("motcua.ttpvhcc");
            DossierView d = dossiers.receive(new Reception(procedure, Channel.COUNTER, "STP-92",
                    new Applicant("Trần Thị Khảo Sát " + i, null, i == 0 ? null : "0907000" + (100 + i),
                            "Cần Thơ"), COMPONENTS, List.of(), null), at, null).dossier();
            d = act("motcua.ttpvhcc", d, DossierAction.FORWARD, at.plusMinutes(1));
            d = act("lanhdao.stp", d, DossierAction.APPROVE, at.plusMinutes(2));
            d = act("chuyenvien.stp", d, DossierAction.FORWARD, at.plusMinutes(3));
            d = act("motcua.ttpvhcc", d, DossierAction.DELIVER, at.plusMinutes(4));
            assertThat(d.status()).isEqualTo("DELIVERED");
            codes.add(d.code());
        }
        return codes;
    }

    private DossierView act(String user, DossierView d, DossierAction action, LocalDateTime at) {
        as(user);
        return dossiers.act(d.code(), action, ActionInput.of(d.version()), at);
    }

    private String procedure() {
        String code = "T13." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử khảo sát " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), null, null, List.of(Channel.COUNTER), List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-SURVEY", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }
}
