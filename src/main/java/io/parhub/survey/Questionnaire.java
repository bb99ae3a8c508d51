package io.parhub.survey;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a questionnaire. A version never changes once created; a new version is a copy with its own
 * {@code validFrom}.
 *
 * @param scaleLabels the labels of levels 1 to 5
 * @param basedOn the version it was copied from
 * @param used whether a survey round uses it
 */
public record Questionnaire(long id, String code, int version, LocalDate validFrom, String title,
        @Nullable String source, List<String> scaleLabels, @Nullable Long basedOn, List<Question> questions,
        boolean used) {

    public Questionnaire {
        scaleLabels = List.copyOf(scaleLabels);
        questions = List.copyOf(questions);
    }
}
