package io.parhub.survey;

import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import io.parhub.survey.store.QuestionnaireStore;
import io.parhub.survey.store.QuestionnaireStore.NewQuestion;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire designer: versions are read, and a new version is made by copying one and editing its questions
 * and groups. A version is never overwritten, so a round always shows the questions its answers were given to.
 */
@Service
public class Questionnaires {

    /** The labels of the five levels used by both seed forms. */
    public static final List<String> SCALE = List.of("Rất không hài lòng", "Không hài lòng", "Bình thường",
            "Hài lòng", "Rất hài lòng");

    /** An edited question of a new version. */
    public record Draft(int number, Part part, String groupCode, String groupName, String text) {
    }

    private final QuestionnaireStore store;
    private final SurveyAccess access;
    private final AuditTrail audit;

    Questionnaires(QuestionnaireStore store, SurveyAccess access, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    public List<Questionnaire> all() {
        return store.all();
    }

    public Questionnaire find(long id) {
        return store.byId(id).orElseThrow(() -> DomainException.notFound("survey-questionnaire-not-found",
                "survey.error.questionnaire-not-found", id));
    }

    /** A new version of {@code fromId}'s code (PAR office): the drafts replace the questions. */
    @Transactional
    public Questionnaire copy(long fromId, String title, LocalDate validFrom, List<Draft> drafts) {
        String actor = access.requireOffice();
        Questionnaire from = find(fromId);
        if (title.isBlank()) {
            throw DomainException.invalid("survey-questionnaire-invalid", "survey.error.title-required");
        }
        List<Draft> kept = drafts.stream().filter(d -> !d.text().isBlank()).toList();
        if (kept.isEmpty()) {
            throw DomainException.invalid("survey-questionnaire-invalid", "survey.error.no-questions");
        }
        Set<Integer> numbers = new HashSet<>();
        for (Draft d : kept) {
            if (d.number() <= 0 || !numbers.add(d.number())) {
                throw DomainException.invalid("survey-questionnaire-invalid", "survey.error.question-number",
                        d.number());
            }
            if (d.groupCode().isBlank() || d.groupName().isBlank()) {
                throw DomainException.invalid("survey-questionnaire-invalid", "survey.error.group-required",
                        d.number());
            }
        }
        int version = store.nextVersion(from.code());
        long id = store.insert(from.code(), version, validFrom, title.strip(), from.source(), from.scaleLabels(),
                from.id(), actor, kept.stream().map(d -> new NewQuestion(d.number(), d.part(), d.groupCode().strip(),
                        d.groupName().strip(), d.text().strip())).toList());
        audit.record(actor, "survey.questionnaire-created", "survey_questionnaire", String.valueOf(id),
                Map.of("code", from.code(), "version", version, "basedOn", from.id(), "validFrom",
                        validFrom.toString(), "questions", kept.size()));
        return find(id);
    }
}
