package org.jixiao.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountTests {

    @Test
    void wanConvertsToYuanWithTwoDecimalsAndBackWithoutLoss() {
        Amount budget = Amount.ofWan(new BigDecimal("73.20"));
        assertThat(budget.yuan()).isEqualTo(new BigDecimal("732000.00"));
        assertThat(budget.toWan()).isEqualTo(new BigDecimal("73.20"));
        assertThat(Amount.ofWan(new BigDecimal("1.234567")).toWan()).isEqualTo(new BigDecimal("1.234567"));
        assertThat(Amount.ofWan(new BigDecimal("1500.33")).toWanDisplay()).isEqualTo(new BigDecimal("1500.33"));
    }

    @Test
    void displayRoundsHalfUpOnce() {
        assertThat(Amount.ofYuan(new BigDecimal("12345.00")).toWanDisplay()).isEqualTo(new BigDecimal("1.23"));
        assertThat(Amount.ofYuan(new BigDecimal("12350.00")).toWanDisplay()).isEqualTo(new BigDecimal("1.24"));
    }

    @Test
    void finerThanOneFenIsRefused() {
        assertThat(Amount.isExactInWan(new BigDecimal("0.0000001"))).isFalse();
        assertThatThrownBy(() -> Amount.ofWan(new BigDecimal("0.0000001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Amount.ofYuan(new BigDecimal("1.001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumsExactly() {
        Amount sum = Amount.ZERO;
        for (String wan : new String[] {"73.20", "20.00", "17.13", "225.00", "300.00", "15.00", "600.00", "50.00", "200.00"}) {
            sum = sum.plus(Amount.ofWan(new BigDecimal(wan)));
        }
        assertThat(sum.toWan()).isEqualTo(new BigDecimal("1500.33"));
    }

    @Test
    void fiscalYearIsBounded() {
        assertThat(FiscalYear.of(2024).value()).isEqualTo(2024);
        assertThatThrownBy(() -> FiscalYear.of(1999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(2101)).isInstanceOf(IllegalArgumentException.class);
    }
}
