package io.parhub.survey;

import io.parhub.shared.AuditTrail;
import io.parhub.survey.store.QuestionnaireStore;
import io.parhub.survey.store.QuestionnaireStore.NewQuestion;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the two public SIPAS questionnaires (seed/survey/README.md) as version 1 of their codes, once: a code and
 * version already present are left alone. Runs at order 300, after the registry, catalogue and demo accounts.
 */
@Component
@Order(300)
class QuestionnaireSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireSeedLoader.class);

    /** One seed form: where it is, the code and validity it is loaded with. */
    record SeedForm(String file, String code, LocalDate validFrom, String title, String source) {
    }

    static final List<SeedForm> FORMS = List.of(
            new SeedForm("seed/survey/questionnaire-bnv.csv", "BNV-Q9", LocalDate.of(2024, 1, 1),
                    "Phiếu khảo sát sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước "
                            + "(Bộ Nội vụ), câu 9",
                    "Mẫu phiếu Bộ Nội vụ, bản chép lại công khai: GitHub tuan-bug/KhaoSat, "
                            + "resources/views/formKS.blade.php, commit b9841253 (2024-01-02)"),
            new SeedForm("seed/survey/questionnaire-hanoi-ward-2026.csv", "HN-WARD-2026", LocalDate.of(2026, 1, 1),
                    "Phiếu khảo sát SIPAS năm 2026 của UBND phường Tùng Thiện (Hà Nội), câu 9",
                    "GitHub HoangLan01/form_test3, public/index.html, commit 0ad0ae09"));

    private final QuestionnaireStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    QuestionnaireSeedLoader(QuestionnaireStore store, AuditTrail audit, TransactionTemplate transaction) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeedForm form : FORMS) {
            transaction.executeWithoutResult(status -> {
                if (store.exists(form.code(), 1)) {
                    return;
                }
                List<NewQuestion> questions = read(form.file());
                long id = store.insert(form.code(), 1, form.validFrom(), form.title(), form.source(),
                        Questionnaires.SCALE, null, "system", questions);
                audit.record("system", "survey.questionnaire-created", "survey_questionnaire", String.valueOf(id),
                        Map.of("code", form.code(), "version", 1, "questions", questions.size(), "seed", form.file()));
                log.info("Loaded SIPAS questionnaire {} ({} questions)", form.code(), questions.size());
            });
        }
    }

    static List<NewQuestion> read(String file) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
                StandardCharsets.UTF_8)) {
            List<NewQuestion> questions = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String factor = r.get("factor_no");
                questions.add(new NewQuestion(Integer.parseInt(r.get("question_no")),
                        factor.startsWith("II.") ? Part.SERVICE : Part.POLICY, factor, r.get("factor_name"),
                        r.get("question_text")));
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
