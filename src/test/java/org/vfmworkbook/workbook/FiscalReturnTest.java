package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The method's description of a fiscal return (costs avoided ÷ cost of the intervention, steps 8 and 10) gives no
 * worked figures in the product brief or the step files, so these examples are worked by hand here; the first is the
 * case the method's Enfield-style example raises: no one-off cost and yearly costs avoided above the yearly cost.
 */
class FiscalReturnTest {

    /** A pilot with no one-off cost: 150 people, to be scaled to the 1,200 people the whole service supports. */
    private static final FiscalReturn PILOT = new FiscalReturn(
            0, 120_000, 270_000, 3, new FiscalDetail(15_000L, 150, 1_200, FiscalDetail.Basis.ACTUAL, 30_000_000L));

    @Test
    void aPilotWithNoOneOffCostPaysBackImmediately() {
        // yearly cost = 120,000 + 15,000 = 135,000; benefits = 270,000 × 3 = 810,000; costs = 0 + 135,000 × 3 = 405,000
        // net = 405,000; return per £1 = 810,000 ÷ 405,000 = 2.00; no one-off cost and 270,000 > 135,000: at once
        assertThat(PILOT.yearlyCostGbp()).isEqualTo(135_000);
        assertThat(PILOT.benefitsGbp()).isEqualTo(810_000);
        assertThat(PILOT.costsGbp()).isEqualTo(405_000);
        assertThat(PILOT.netBenefitGbp()).isEqualTo(405_000);
        assertThat(PILOT.returnPerPound()).isEqualTo(2.0);
        assertThat(PILOT.payback().kind()).isEqualTo(FiscalReturn.PaybackKind.AT_ONCE);
        assertThat(FiscalReturnWording.payback(PILOT))
                .isEqualTo("immediate: there is no one-off cost and the yearly costs avoided (£270,000) exceed the"
                        + " yearly costs (£135,000)");
    }

    @Test
    void thePilotIsScaledToTheWholeServiceAndComparedWithDoingNothing() {
        // factor = 1,200 ÷ 150 = 8: running 960,000, overheads 120,000, costs avoided 2,160,000 a year
        // benefits = 6,480,000; costs = 1,080,000 × 3 = 3,240,000; net = 3,240,000; return = 2.00
        // doing nothing = 30,000,000 × 3 = 90,000,000; with the change = 90,000,000 − 6,480,000 + 3,240,000 =
        // 86,760,000
        FiscalReturn service = PILOT.scaledToService().orElseThrow();

        assertThat(service.annualCostGbp()).isEqualTo(960_000);
        assertThat(service.detail().overheadGbp()).isEqualTo(120_000);
        assertThat(service.annualCostsAvoidedGbp()).isEqualTo(2_160_000);
        assertThat(service.benefitsGbp()).isEqualTo(6_480_000);
        assertThat(service.costsGbp()).isEqualTo(3_240_000);
        assertThat(service.netBenefitGbp()).isEqualTo(3_240_000);
        assertThat(service.businessAsUsualGbp()).isEqualTo(90_000_000);
        assertThat(service.withTheChangeGbp()).isEqualTo(86_760_000);
        assertThat(FiscalReturnWording.lines(PILOT))
                .containsExactly(
                        "Actual (observed figures).",
                        "In the pilot (150 people), over 3 years: costs avoided £810,000, costs £405,000 (one-off £0,"
                                + " running £120,000 a year, overheads £15,000 a year).",
                        "Net benefit £405,000; return per £1 £2.00; payback immediate: there is no one-off cost and the"
                                + " yearly costs avoided (£270,000) exceed the yearly costs (£135,000).",
                        "Scaled to the whole service (1,200 people, 8.0 times the pilot), over 3 years: costs avoided"
                                + " £6,480,000, costs £3,240,000 (one-off £0, running £960,000 a year, overheads"
                                + " £120,000 a year).",
                        "Net benefit £3,240,000; return per £1 £2.00; payback immediate: there is no one-off cost and"
                                + " the yearly costs avoided (£2,160,000) exceed the yearly costs (£1,080,000).",
                        "Against doing nothing: the service would cost £90,000,000 over 3 years as it is (business as"
                                + " usual) and £86,760,000 with the change, £3,240,000 less.");
    }

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
        assertThat(FiscalReturnWording.lines(froi))
                .containsExactly(
                        "Over 3 years: costs avoided £180,000, costs £110,000 (one-off £50,000, running £20,000 a"
                                + " year).",
                        "Net benefit £70,000; return per £1 £1.64; payback 1.3 years.");
    }

    @Test
    void neverPaysBackWhenTheYearlyCostsAvoidedDoNotExceedTheYearlyCosts() {
        // benefits = 10,000 × 2 = 20,000; costs = 5,000 + 10,000 × 2 = 25,000; net = −5,000; return = 0.8
        FiscalReturn froi = new FiscalReturn(5_000, 10_000, 10_000, 2);

        assertThat(froi.netBenefitGbp()).isEqualTo(-5_000);
        assertThat(froi.returnPerPound()).isEqualTo(0.8);
        assertThat(froi.paybackYears()).isNull();
        assertThat(FiscalReturnWording.payback(froi))
                .isEqualTo("never: the yearly costs avoided (£10,000) do not exceed the yearly costs (£10,000)");
    }

    @Test
    void overheadsCanTurnAReturnIntoOneThatNeverPaysBack() {
        // yearly cost = 8,000 + 3,000 = 11,000 > costs avoided 10,000
        FiscalReturn froi = new FiscalReturn(0, 8_000, 10_000, 1, new FiscalDetail(3_000L, null, null, null, null));

        assertThat(froi.payback().kind()).isEqualTo(FiscalReturn.PaybackKind.NEVER);
        assertThat(froi.netBenefitGbp()).isEqualTo(-1_000);
    }

    @Test
    void aPaybackLongerThanThePeriodAssessedSaysSo() {
        // payback = 100,000 ÷ (30,000 − 10,000) = 5 years, beyond the 3 assessed
        FiscalReturn froi = new FiscalReturn(100_000, 10_000, 30_000, 3);

        assertThat(FiscalReturnWording.payback(froi)).isEqualTo("5.0 years, beyond the 3 years assessed");
    }

    @Test
    void hasNoReturnPerPoundWhenNothingIsSpent() {
        FiscalReturn froi = new FiscalReturn(0, 0, 1_000, 1);

        assertThat(froi.returnPerPound()).isNull();
        assertThat(froi.payback().kind()).isEqualTo(FiscalReturn.PaybackKind.AT_ONCE);
        assertThat(FiscalReturnWording.lines(froi).get(1)).contains("return per £1 not available (nothing is spent)");
    }
}
