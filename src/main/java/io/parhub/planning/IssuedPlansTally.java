package io.parhub.planning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who has issued their PAR plan for a year: "30/30 đơn vị đã ban hành kế hoạch CCHC năm 2020". The units are those
 * with an obligation for the year; a unit plan counts once issued (on or before the day asked). Late: issued after
 * its due date (moved to the next working day when it is a day off), or not issued and the due date has passed.
 */
public record IssuedPlansTally(int year, int required, int issued, List<Row> rows, List<Row> late, String sentenceVi,
        String sentenceEn) {

    public enum State {
        ISSUED_ON_TIME,
        ISSUED_LATE,
        NOT_ISSUED_YET,
        NOT_ISSUED_LATE
    }

    public record Row(String agencyCode, String agencyName, LocalDate dueOn, @Nullable Long planId,
            @Nullable String number, @Nullable LocalDate issuedOn, State state) {

        public boolean late() {
            return state == State.ISSUED_LATE || state == State.NOT_ISSUED_LATE;
        }
    }
}
