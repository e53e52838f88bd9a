package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StatisticalNeighboursTest {

    @Test
    void findsTheNearestCouncilsOnStandardisedCharacteristics() {
        // One characteristic, values 0, 1, 2, 10: mean 3.25, sd = √((10.5625 + 5.0625 + 1.5625 + 45.5625) / 3)
        // = √20.9167 = 4.5735. Standardised distance A–B = 1 / 4.5735 = 0.21865.
        List<StatisticalNeighbours.Characteristics> councils =
                List.of(c("A", 0.0), c("B", 1.0), c("C", 2.0), c("D", 10.0));
        Map<String, List<StatisticalNeighbours.Neighbour>> nearest = StatisticalNeighbours.nearest(councils, 2);
        assertThat(nearest.get("A"))
                .extracting(StatisticalNeighbours.Neighbour::areaCode)
                .containsExactly("B", "C");
        assertThat(nearest.get("D"))
                .extracting(StatisticalNeighbours.Neighbour::areaCode)
                .containsExactly("C", "B");
        assertThat(nearest.get("A").get(0).distance()).isCloseTo(1 / Math.sqrt(62.75 / 3), within(1e-12));
    }

    @Test
    void stillFindsNeighboursWhenOneCharacteristicIsMissing() {
        List<StatisticalNeighbours.Characteristics> councils =
                List.of(c("A", 0.0, 5.0), c("B", 1.0, 5.0), c("NEW", 0.1, null), c("D", 10.0, 1.0));
        Map<String, List<StatisticalNeighbours.Neighbour>> nearest = StatisticalNeighbours.nearest(councils, 1);
        assertThat(nearest.get("NEW"))
                .extracting(StatisticalNeighbours.Neighbour::areaCode)
                .containsExactly("A");
    }

    private static StatisticalNeighbours.Characteristics c(String code, Double... values) {
        return new StatisticalNeighbours.Characteristics(code, values);
    }
}
