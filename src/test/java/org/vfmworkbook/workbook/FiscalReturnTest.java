package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FiscalReturnTest {

    @Test
    void worksOutNetBenefitReturnPerPoundAndPayback() {
        // one-off £50,000; running £20,000 a year; costs avoided £60,000 a year; 3 years
        // benefits = 60,000 × 3 = 180,000; costs = 50,000 + 20,000 × 3 = 110,000
        // net = 180,000 − 110,000 = 70,000; return per £1 = 180,000 ÷ 110,000 = 1.636…; payback = 50,000 ÷ 40,000 =
        // 1.25 years
        FiscalReturn froi = new FiscalReturn(50_000, 20_000, 60_000, 3);

        assertThat(froi.benefitsGbp()).isEqualTo(180_000);
        assertThat(froi.costsGbp()).isEqualTo(110_000);
        assertThat(froi.netBenefitGbp()).isEqualTo(70_000);
        assertThat(froi.returnPerPound()).isCloseTo(1.6364, within(0.0001));
        assertThat(froi.paybackYears()).isEqualTo(1.25);
    }

    @Test
    void hasNoPaybackWhenTheYearlyCostsAvoidedDoNotExceedTheYearlyCost() {
        // benefits = 10,000 × 2 = 20,000; costs = 5,000 + 10,000 × 2 = 25,000; net = −5,000; return = 0.8
        FiscalReturn froi = new FiscalReturn(5_000, 10_000, 10_000, 2);

        assertThat(froi.netBenefitGbp()).isEqualTo(-5_000);
        assertThat(froi.returnPerPound()).isEqualTo(0.8);
        assertThat(froi.paybackYears()).isNull();
    }

    @Test
    void hasNoReturnPerPoundWhenNothingIsSpent() {
        FiscalReturn froi = new FiscalReturn(0, 0, 1_000, 1);

        assertThat(froi.returnPerPound()).isNull();
        assertThat(froi.paybackYears()).isEqualTo(0.0);
    }
}
