package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NeedModelTest {

    private static NeedModel.Observation council(String code, double spend, double imd, double over75) {
        return new NeedModel.Observation(code, spend, new double[] {imd, over75}, 100_000);
    }

    @Test
    void recoversAnExactLinearRelationship() {
        // spend = 100 + 10 × imd + 5 × over75, exactly, for five councils:
        //   (imd, over75) = (10, 8) → 240; (20, 9) → 345; (30, 7) → 435; (15, 12) → 310; (25, 10) → 400
        List<NeedModel.Observation> councils = List.of(
                council("A", 240, 10, 8),
                council("B", 345, 20, 9),
                council("C", 435, 30, 7),
                council("D", 310, 15, 12),
                council("E", 400, 25, 10));
        NeedModel.Fit fit = NeedModel.ols(List.of("imd", "over75"), councils, List.of());
        assertThat(fit.coefficients()[0]).isCloseTo(100, within(1e-9));
        assertThat(fit.coefficients()[1]).isCloseTo(10, within(1e-9));
        assertThat(fit.coefficients()[2]).isCloseTo(5, within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(fit.expected(new double[] {12, 11})).isCloseTo(100 + 120 + 55, within(1e-9));
    }

    @Test
    void fitsAStraightLineByHand() {
        // One predictor: x = 1, 2, 3, 4; y = 2, 4, 5, 8.
        // x̄ = 2.5, ȳ = 4.75; Sxy = (−1.5)(−2.75) + (−0.5)(−0.75) + (0.5)(0.25) + (1.5)(3.25) = 9.5; Sxx = 5
        // slope = 9.5 / 5 = 1.9; intercept = 4.75 − 1.9 × 2.5 = 0
        // fitted 1.9, 3.8, 5.7, 7.6; residuals 0.1, 0.2, −0.7, 0.4; SSE = 0.01 + 0.04 + 0.49 + 0.16 = 0.70
        // SST = 7.5625 + 0.5625 + 0.0625 + 10.5625 = 18.75; R² = 1 − 0.70 / 18.75 = 0.962667
        // residual standard error = √(0.70 / (4 − 2)) = √0.35
        List<NeedModel.Observation> points =
                List.of(point("A", 1, 2), point("B", 2, 4), point("C", 3, 5), point("D", 4, 8));
        NeedModel.Fit fit = NeedModel.ols(List.of("x"), points, List.of());
        assertThat(fit.coefficients()[0]).isCloseTo(0, within(1e-12));
        assertThat(fit.coefficients()[1]).isCloseTo(1.9, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(1 - 0.70 / 18.75, within(1e-12));
        assertThat(fit.residualStandardError()).isCloseTo(Math.sqrt(0.35), within(1e-12));
        assertThat(fit.standardisedResidual(5, new double[] {3})).isCloseTo(-0.7 / Math.sqrt(0.35), within(1e-12));
    }

    private static NeedModel.Observation point(String code, double x, double y) {
        return new NeedModel.Observation(code, y, new double[] {x}, 100_000);
    }

    @Test
    void leavesOutTinyCouncilsAndOutliersAndSaysWhy() {
        List<NeedModel.Observation> councils = new ArrayList<>();
        // twenty councils on spend = 50 + 2x with a small alternating wobble
        for (int i = 0; i < 20; i++) {
            councils.add(point("C" + i, i, 50 + 2 * i + (i % 2 == 0 ? 1 : -1)));
        }
        councils.add(point("OUTLIER", 10, 200)); // expected about 70: far outside the wobble
        councils.add(new NeedModel.Observation("TINY", 500, new double[] {5}, 2_000));
        NeedModel.Fit fit = NeedModel.fit(List.of("x"), councils);
        assertThat(fit.excluded()).extracting(NeedModel.Exclusion::areaCode).containsExactly("TINY", "OUTLIER");
        assertThat(fit.excluded().get(0).reason()).isEqualTo("fewer than 10,000 adults");
        assertThat(fit.n()).isEqualTo(20);
        assertThat(fit.coefficients()[1]).isCloseTo(2, within(0.05));
    }
}
