package io.parhub.survey.page;

import io.parhub.survey.Part;
import io.parhub.survey.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questions of a questionnaire by group (factor), in the order of the form, for the answer pages. */
record QuestionGroups(String code, String name, Part part, List<Question> questions) {

    static List<QuestionGroups> of(List<Question> questions) {
        Map<String, List<Question>> byGroup = new LinkedHashMap<>();
        questions.forEach(q -> byGroup.computeIfAbsent(q.groupCode(), k -> new ArrayList<>()).add(q));
        return byGroup.values().stream().map(qs -> new QuestionGroups(qs.get(0).groupCode(), qs.get(0).groupName(),
                qs.get(0).part(), List.copyOf(qs))).toList();
    }

    /** The levels the form offers: 5 down to 1 as on the paper form, then 0 = no answer. */
    static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1, 0);

    /** Reads the radio groups {@code q-<number>} of a submitted form; anything else is ignored. */
    static Map<Integer, Integer> levels(Map<String, String> params) {
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("q-")) {
                try {
                    levels.put(Integer.parseInt(name.substring(2)), Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    levels.put(-1, -1);
                }
            }
        });
        return levels;
    }
}
