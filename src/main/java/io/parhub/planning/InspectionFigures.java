package io.parhub.planning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A year's inspections in figures: units on the plan and visited, findings (in total and by reform area 1–7),
 * recommendations in total, remedied (accepted by the PAR office) and overdue (open after their deadline, or remedied
 * after it), and the sentence for a report in both languages.
 */
public record InspectionFigures(int year, @Nullable String planNumber, boolean illustrative, int unitsPlanned,
        int unitsVisited, int findings, List<AreaCount> findingsByArea, int recommendations, int recommendationsDone,
        int recommendationsOverdue, String sentenceVi, String sentenceEn) {

    public InspectionFigures {
        findingsByArea = List.copyOf(findingsByArea);
    }

    /** @param area the reform area, numbered as the 7 task groups of a PAR plan */
    public record AreaCount(int area, int findings) {
    }
}
