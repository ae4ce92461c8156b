package org.jixiao.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.jixiao.scoring.domain.ScoringFixtures.bands;
import static org.jixiao.scoring.domain.ScoringFixtures.d;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules.md §2.6: 90/80/60 (财政部预算司) and 80/70/60 (fasp2 selfresult, seed 000 武山县 84.47 = 优). */
class GradeBandsTests {

    @ParameterizedTest(name = "{0} → {1} under 90/80/60, {2} under 80/70/60")
    @CsvSource({"100, 优, 优", "93.94, 优, 优", "90, 优, 优", "89.99, 良, 优", "89.5, 良, 优", "84.47, 良, 优",
            "80, 良, 优", "79.99, 中, 良", "70, 中, 良", "69.99, 中, 中", "60, 中, 中", "59.99, 差, 差", "0, 差, 差"})
    void bothVariants(String total, String national, String local) {
        assertThat(bands(90, 80, 60).grade(d(total)).label()).isEqualTo(national);
        assertThat(bands(80, 70, 60).grade(d(total)).label()).isEqualTo(local);
    }

    @Test
    void describedAsPrintedUnderTheTable() {
        assertThat(bands(90, 80, 60).describe())
                .isEqualTo("优 90分≤得分；良 80分≤得分<90分；中 60分≤得分<80分；差 得分<60分");
    }

    @Test
    void bandsMustDescendToZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GradeBands(List.of(
                new GradeBands.Band(Grade.EXCELLENT, d("80")), new GradeBands.Band(Grade.GOOD, d("90")),
                new GradeBands.Band(Grade.POOR, d("0")))));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradeBands(List.of(
                new GradeBands.Band(Grade.EXCELLENT, d("90")), new GradeBands.Band(Grade.POOR, d("10")))));
    }
}
