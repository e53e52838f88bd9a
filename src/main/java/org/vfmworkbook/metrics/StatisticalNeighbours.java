package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each council's nearest councils by open characteristics, after CIPFA's published method: every
 * characteristic is standardised (z-scored across councils), and the distance between two councils is the
 * Euclidean distance over the characteristics both have, scaled up by √(k ÷ shared) when one is missing
 * (so a council without a deprivation score still gets neighbours, on three characteristics).
 */
public final class StatisticalNeighbours {

    public static final int GROUP_SIZE = 15;

    public record Characteristics(String areaCode, Double[] values) {}

    public record Neighbour(String areaCode, double distance) {}

    private StatisticalNeighbours() {}

    public static Map<String, List<Neighbour>> nearest(List<Characteristics> councils, int groupSize) {
        int k = councils.isEmpty() ? 0 : councils.get(0).values().length;
        double[][] standardised = new double[councils.size()][k];
        boolean[][] present = new boolean[councils.size()][k];
        for (int c = 0; c < k; c++) {
            List<Double> column = new ArrayList<>();
            for (Characteristics council : councils) {
                if (council.values()[c] != null) {
                    column.add(council.values()[c]);
                }
            }
            Statistics s = Statistics.of(column);
            for (int i = 0; i < councils.size(); i++) {
                Double v = councils.get(i).values()[c];
                present[i][c] = v != null && s.sd() != null && s.sd() > 0;
                standardised[i][c] = present[i][c] ? (v - s.mean()) / s.sd() : 0;
            }
        }
        Map<String, List<Neighbour>> result = new HashMap<>();
        for (int i = 0; i < councils.size(); i++) {
            List<Neighbour> candidates = new ArrayList<>();
            for (int j = 0; j < councils.size(); j++) {
                if (i == j) {
                    continue;
                }
                double sum = 0;
                int shared = 0;
                for (int c = 0; c < k; c++) {
                    if (present[i][c] && present[j][c]) {
                        double d = standardised[i][c] - standardised[j][c];
                        sum += d * d;
                        shared++;
                    }
                }
                if (shared * 2 >= k) {
                    candidates.add(new Neighbour(councils.get(j).areaCode(), Math.sqrt(sum * k / shared)));
                }
            }
            candidates.sort(Comparator.comparingDouble(Neighbour::distance).thenComparing(Neighbour::areaCode));
            result.put(
                    councils.get(i).areaCode(),
                    List.copyOf(candidates.subList(0, Math.min(groupSize, candidates.size()))));
        }
        return result;
    }
}
