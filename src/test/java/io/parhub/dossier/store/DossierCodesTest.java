package io.parhub.dossier.store;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The configurable dossier code pattern. */
class DossierCodesTest {

    @Test
    void theDefaultPatternIsIdentifierDateAndAFourDigitDailySequence() {
        assertThat(DossierCodes.format("{agency}-{yyMMdd}-{seq4}", "000.18.29.H51", LocalDate.of(2026, 4, 24), 1))
                .isEqualTo("000.18.29.H51-260424-0001");
        assertThat(DossierCodes.format("{agency}-{yyMMdd}-{seq4}", "000.18.29.H51", LocalDate.of(2026, 4, 24), 12345))
                .isEqualTo("000.18.29.H51-260424-12345");
    }

    @Test
    void otherPatternsCanWidenTheSequenceOrChangeTheDate() {
        assertThat(DossierCodes.format("{agency}-{yyyyMMdd}-80{seq6}", "H51.22", LocalDate.of(2026, 1, 5), 7))
                .isEqualTo("H51.22-20260105-80000007");
    }
}
