package io.parhub.survey;

import io.parhub.ApplicationTest;
import java.util.List;
import java.util.Map;
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
        return questionnaires.copy(seeded("BNV-Q9").id(), title, java.time.LocalDate.of(2018, 1, 1), drafts);
    }

    /** Enters one paper form (levels by question number) as the PAR office. */
    void paper(long roundId, String unit, Map<Integer, Integer> levels) {
        as(PAR_OFFICE);
        answers.enterPaper(roundId, unit, levels);
    }
}
