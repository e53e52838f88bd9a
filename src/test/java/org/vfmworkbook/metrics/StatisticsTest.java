package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    // Values 1, 2, 4, 7, 10 (n = 5).
    // mean = 24 / 5 = 4.8
    // type-7 quartiles: h = (n − 1)p → q1 at h = 1 → 2; median at h = 2 → 4; q3 at h = 3 → 7
    // squares about the mean: 14.44 + 7.84 + 0.64 + 4.84 + 27.04 = 54.8; sd = √(54.8 / 4) = √13.7 = 3.70135
    private final Statistics five = Statistics.of(List.of(7.0, 1.0, 10.0, 2.0, 4.0));

    @Test
    void summarisesAGroupWithType7Quartiles() {
        assertThat(five.n()).isEqualTo(5);
        assertThat(five.mean()).isCloseTo(4.8, within(1e-12));
        assertThat(five.median()).isEqualTo(4.0);
        assertThat(five.q1()).isEqualTo(2.0);
        assertThat(five.q3()).isEqualTo(7.0);
        assertThat(five.min()).isEqualTo(1.0);
        assertThat(five.max()).isEqualTo(10.0);
        assertThat(five.sd()).isCloseTo(Math.sqrt(13.7), within(1e-12));
    }

    @Test
    void interpolatesBetweenOrderStatisticsAsExcelQuartileIncDoes() {
        // 1, 2, 3, 4: q1 at h = 0.75 → 1 + 0.75 × (2 − 1) = 1.75; median at h = 1.5 → 2.5; q3 at h = 2.25 → 3.25
        Statistics four = Statistics.of(List.of(4.0, 3.0, 2.0, 1.0));
        assertThat(four.q1()).isEqualTo(1.75);
        assertThat(four.median()).isEqualTo(2.5);
        assertThat(four.q3()).isEqualTo(3.25);
    }

    @Test
    void givesTheStandardScoreAndQuartileBand() {
        // z = (10 − 4.8) / 3.70135 = 1.40489
        assertThat(five.zScore(10.0)).isCloseTo(5.2 / Math.sqrt(13.7), within(1e-12));
        assertThat(five.band(1.0)).isEqualTo(QuartileBand.LOWEST_QUARTER);
        assertThat(five.band(2.0)).isEqualTo(QuartileBand.LOWER_MIDDLE);
        assertThat(five.band(4.5)).isEqualTo(QuartileBand.UPPER_MIDDLE);
        assertThat(five.band(7.5)).isEqualTo(QuartileBand.HIGHEST_QUARTER);
    }

    @Test
    void statesNothingForAnEmptyGroupRatherThanZero() {
        Statistics none = Statistics.of(List.of());
        assertThat(none.n()).isZero();
        assertThat(none.mean()).isNull();
        assertThat(none.median()).isNull();
    }

    @Test
    void flagsAValueTwoStandardDeviationsFromTheMeanOfFiveOrMoreAsNotablyDifferent() {
        // group 10, 10, 10, 10, 20: mean 12, sd = √((4 × 4 + 64) / 4) = √20 = 4.4721; z(20) = 8 / 4.4721 = 1.789
        Statistics group = Statistics.of(List.of(10.0, 10.0, 10.0, 10.0, 20.0));
        assertThat(GroupComparison.of(ComparatorGroup.ENGLAND, "England", group, null, 20.0, List.of())
                        .notablyDifferent())
                .isFalse();
        // 21.0: z = 9 / 4.4721 = 2.012 ≥ 2
        assertThat(GroupComparison.of(ComparatorGroup.ENGLAND, "England", group, null, 21.0, List.of())
                        .notablyDifferent())
                .isTrue();
        Statistics four = Statistics.of(List.of(1.0, 2.0, 3.0, 100.0));
        assertThat(GroupComparison.of(ComparatorGroup.CUSTOM, "Custom", four, null, 100.0, List.of())
                        .notablyDifferent())
                .as("too few councils to judge")
                .isNull();
    }
}
