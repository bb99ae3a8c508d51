package io.parhub.procedure.process;

import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of internal processes: adding up, the 8-hour working day, calendar days apart. */
class ProcessRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    @Test
    void halfADayIsFourWorkingHours() {
        assertThat(Duration.of("0.5", TimeUnit.WORKING_DAYS).sameLengthAs(Duration.of("4", TimeUnit.WORKING_HOURS)))
                .isTrue();
        assertThat(Duration.of("1", TimeUnit.WORKING_DAYS).workingHours()).contains(new BigDecimal("8"));
        assertThat(Duration.of("3", TimeUnit.CALENDAR_DAYS).workingHours()).isEmpty();
        assertThat(Duration.of("3", TimeUnit.CALENDAR_DAYS).sameLengthAs(Duration.of("3", TimeUnit.WORKING_DAYS)))
                .isFalse();
    }

    @Test
    void aProcessOfDaysAndHoursAddsUpToTheProcedureTime() {
        Duration total = ProcessRules.check(draft(step("4", TimeUnit.WORKING_HOURS), step("5.5", TimeUnit.WORKING_DAYS),
                step("0.5", TimeUnit.WORKING_DAYS), step("2", TimeUnit.WORKING_HOURS), step("2", TimeUnit.WORKING_HOURS)),
                ProcessingTime.of(7, TimeUnit.WORKING_DAYS));
        assertThat(total.unit()).isEqualTo(TimeUnit.WORKING_DAYS);
        assertThat(total.amount()).isEqualByComparingTo("7");
    }

    @Test
    void aProcedureInHoursTakesStepsInDays() {
        Duration total = ProcessRules.check(draft(step("0.25", TimeUnit.WORKING_DAYS), step("2", TimeUnit.WORKING_HOURS)),
                ProcessingTime.of(4, TimeUnit.WORKING_HOURS));
        assertThat(total).isEqualTo(Duration.of("4", TimeUnit.WORKING_HOURS));
    }

    @Test
    void aShortProcessIsRefusedWithBothTotals() {
        assertThatThrownBy(() -> ProcessRules.check(draft(step("4", TimeUnit.WORKING_HOURS),
                step("5", TimeUnit.WORKING_DAYS)), ProcessingTime.of(7, TimeUnit.WORKING_DAYS)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.type()).isEqualTo("process-time-mismatch");
                    assertThat(e.args()).hasSize(2);
                    assertThat(((MessageSourceResolvable) e.args()[0]).getArguments()).containsExactly(
                            new BigDecimal("5.5"));
                    assertThat(((MessageSourceResolvable) e.args()[1]).getArguments()).containsExactly(
                            new BigDecimal("7"));
                });
    }

    @Test
    void calendarDaysAddUpOnlyWithCalendarDays() {
        assertThat(ProcessRules.check(draft(step("3", TimeUnit.CALENDAR_DAYS), step("7", TimeUnit.CALENDAR_DAYS)),
                ProcessingTime.of(10, TimeUnit.CALENDAR_DAYS))).isEqualTo(Duration.of("10", TimeUnit.CALENDAR_DAYS));
        assertThatThrownBy(() -> ProcessRules.check(draft(step("10", TimeUnit.WORKING_DAYS)),
                ProcessingTime.of(10, TimeUnit.CALENDAR_DAYS)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("process-unit-mismatch"));
        assertThatThrownBy(() -> ProcessRules.check(draft(step("1", TimeUnit.CALENDAR_DAYS),
                step("6", TimeUnit.WORKING_DAYS)), ProcessingTime.of(7, TimeUnit.WORKING_DAYS)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("process-unit-mismatch"));
    }

    @Test
    void aProcedureWithoutAStatedTimeTakesNoProcess() {
        for (ProcessingTime time : new ProcessingTime[] {null,
                new ProcessingTime(null, null, "Trực tiếp: 18 Ngày làm việc; Trực tuyến: 8 Ngày làm việc")}) {
            assertThatThrownBy(() -> ProcessRules.check(draft(step("1", TimeUnit.WORKING_DAYS)), time))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.type()).isEqualTo("process-no-time"));
        }
    }

    @Test
    void shapeErrorsComeFirst() {
        assertThatThrownBy(() -> ProcessRules.check(draft(step("0", TimeUnit.WORKING_DAYS)),
                ProcessingTime.of(1, TimeUnit.WORKING_DAYS))).hasMessageContaining("step-amount");
        assertThatThrownBy(() -> ProcessRules.check(draft(step("0.125", TimeUnit.WORKING_DAYS)),
                ProcessingTime.of(1, TimeUnit.WORKING_DAYS))).hasMessageContaining("step-amount");
        assertThatThrownBy(() -> ProcessRules.check(draft(), ProcessingTime.of(1, TimeUnit.WORKING_DAYS)))
                .hasMessageContaining("step-count");
        assertThatThrownBy(() -> ProcessRules.check(new ProcessDraft("1.0", "1/QĐ", DAY, DAY.minusDays(1),
                List.of(step("1", TimeUnit.WORKING_DAYS))), ProcessingTime.of(1, TimeUnit.WORKING_DAYS)))
                .hasMessageContaining("valid-before-approval");
    }

    @Test
    void everySeededProcessIsWellFormed() {
        List<ProcessDraft> drafts = ProcessSeed.drafts();
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(20);
        assertThat(drafts).allSatisfy(d -> {
            assertThat(d.decisionNumber()).startsWith(ProcessSeed.DEMO_PREFIX);
            assertThat(d.steps()).hasSizeGreaterThanOrEqualTo(4);
        });
    }

    private static ProcessDraft.Step step(String amount, TimeUnit unit) {
        return new ProcessDraft.Step("Bước", "Bộ phận", Duration.of(amount, unit));
    }

    private static ProcessDraft draft(ProcessDraft.Step... steps) {
        return new ProcessDraft("1.000000", "1/QĐ-UBND", DAY, DAY, List.of(steps));
    }
}
