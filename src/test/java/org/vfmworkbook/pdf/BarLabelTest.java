package org.vfmworkbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class BarLabelTest {

    /** 150 councils at 500, one tall neighbour at 900 beside the council's bar at 400. */
    private static List<Double> bars() {
        List<Double> values = new ArrayList<>(Collections.nCopies(150, 500.0));
        values.set(40, 400.0);
        values.set(43, 900.0);
        return values;
    }

    @Test
    void theLabelSitsAboveEveryBarItSpansAndTheAxisMakesRoomForIt() {
        BarLabel label = BarLabel.place(bars(), 40, 480.0, 60, 10, 260, 150);

        assertThat(label.runsRight()).isTrue();
        assertThat(label.base()).isGreaterThan(900.0);
        double height = 10.0 / 150 * label.upper();
        assertThat(label.upper()).isGreaterThanOrEqualTo(label.base() + height);
    }

    @Test
    void theLabelNeverStraddlesTheMedianLine() {
        List<Double> values = new ArrayList<>(Collections.nCopies(20, 100.0));
        values.set(5, 300.0);
        double median = 310; // just above the council's bar: a label on the bar would cross it
        BarLabel label = BarLabel.place(values, 5, median, 40, 10, 260, 150);

        double height = 10.0 / 150 * label.upper();
        boolean crosses = label.base() < median && label.base() + height > median;
        assertThat(crosses).isFalse();
        assertThat(label.base()).isGreaterThan(median);
    }

    @Test
    void nearTheRightEdgeTheLabelRunsLeftSoItStaysOnTheChart() {
        BarLabel label = BarLabel.place(bars(), 148, 480.0, 60, 10, 260, 150);

        assertThat(label.runsRight()).isFalse();
    }
}
