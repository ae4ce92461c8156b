package org.jixiao.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpendingPlanTests {

    private static Checkpoint at(int month, String percent) {
        return new Checkpoint(month, new BigDecimal(percent));
    }

    @Test
    void keepsCheckpointsInMonthOrder() {
        SpendingPlan plan = new SpendingPlan(List.of(at(12, "100"), at(3, "30"), at(6, "60"), at(10, "80")));
        assertThat(plan.checkpoints()).extracting(Checkpoint::month).containsExactly(3, 6, 10, 12);
        assertThat(plan.percentAt(6)).contains(new BigDecimal("60.00"));
        assertThat(plan.percentAt(7)).isEmpty();
        assertThat(plan.isNonDecreasing()).isTrue();
    }

    @Test
    void aDecreasingPlanIsKeptAndRecognised() {
        SpendingPlan plan = new SpendingPlan(List.of(at(3, "50"), at(6, "40")));
        assertThat(plan.isNonDecreasing()).isFalse();
    }

    @Test
    void refusesWhatCannotBeStored() {
        assertThatThrownBy(() -> at(0, "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(13, "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(3, "100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(3, "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(3, "33.333")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpendingPlan(List.of(at(3, "10"), at(3, "20"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectCodesAreLettersAndDigits() {
        assertThat(ProjectCode.isValid("13052924P00584012429T")).isTrue();
        assertThat(ProjectCode.isValid("13052924P005840124306")).isTrue();
        assertThat(ProjectCode.isValid("P-1")).isFalse();
        assertThat(ProjectCode.isValid("")).isFalse();
        assertThat(ProjectCode.isValid("A".repeat(41))).isFalse();
    }
}
