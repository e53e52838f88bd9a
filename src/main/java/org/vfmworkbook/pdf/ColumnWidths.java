package org.vfmworkbook.pdf;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Column widths from a table's content (issue I.7): every column is at least as wide as its longest word, so "September" or
 * "Commissioning" never breaks inside the word, and the width left over goes to the columns with the most text, in
 * proportion to how much wider than that minimum their longest cell would like to be. A plain calculation, tested on its own.
 */
public final class ColumnWidths {

    private ColumnWidths() {}

    /**
     * @param rows the header row and the body rows, each a list of cell texts (same number of columns)
     * @param width the width of a text in points, in the font it is set in
     * @param padding the cell's left and right padding together, in points
     * @param total the table's width in points
     * @return each column's width in points, summing to {@code total}
     */
    public static float[] of(List<List<String>> rows, ToDoubleFunction<String> width, float padding, float total) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).size();
        double[] least = new double[columns];
        double[] wanted = new double[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
                for (String word : text.split("\\s+")) {
                    least[c] = Math.max(least[c], width.applyAsDouble(word) + padding + 1);
                }
                wanted[c] = Math.max(wanted[c], width.applyAsDouble(text) + padding + 1);
            }
        }
        double leastSum = 0;
        double extraWanted = 0;
        for (int c = 0; c < columns; c++) {
            leastSum += least[c];
            extraWanted += Math.max(0, wanted[c] - least[c]);
        }
        float[] widths = new float[columns];
        if (leastSum >= total) {
            return narrowest(least, total);
        }
        if (extraWanted == 0) {
            for (int c = 0; c < columns; c++) {
                widths[c] = (float) (total * least[c] / leastSum);
            }
            return widths;
        }
        // Short cells (a date, an owner) are set on one line when they fit in a fair share of the width; the rest share
        // what
        // is left in proportion to how much more than their longest word they would like.
        double fair = 1.15 * total / columns;
        double spare = total - leastSum;
        for (int c = 0; c < columns; c++) {
            widths[c] = (float) least[c];
            if (wanted[c] <= fair && wanted[c] - least[c] <= spare) {
                spare -= wanted[c] - least[c];
                widths[c] = (float) wanted[c];
            }
        }
        double stillWanted = 0;
        for (int c = 0; c < columns; c++) {
            stillWanted += Math.max(0, wanted[c] - widths[c]);
        }
        for (int c = 0; c < columns && stillWanted > 0; c++) {
            double extra = Math.max(0, wanted[c] - widths[c]);
            widths[c] += (float) Math.min(extra, spare * extra / stillWanted);
        }
        // Columns that wanted less than their share leave width over: give it to the others, most text first.
        double used = 0;
        for (float w : widths) {
            used += w;
        }
        double left = total - used;
        if (left > 0.01) {
            double room = 0;
            for (int c = 0; c < columns; c++) {
                room += Math.max(0, wanted[c] - widths[c]);
            }
            for (int c = 0; c < columns; c++) {
                double share = room == 0 ? 1.0 / columns : Math.max(0, wanted[c] - widths[c]) / room;
                widths[c] += (float) (left * share);
            }
        }
        return widths;
    }

    /**
     * The longest words alone are wider than the table: the columns whose words fit get their width, narrowest first, and
     * only the columns with a word too long for any table (a pasted address, a run of letters) share what is left and break.
     */
    private static float[] narrowest(double[] least, float total) {
        Integer[] order = new Integer[least.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(c -> least[c]));
        float[] widths = new float[least.length];
        double remaining = total;
        for (int i = 0; i < order.length; i++) {
            double share = remaining / (order.length - i);
            widths[order[i]] = (float) Math.min(least[order[i]], share);
            remaining -= widths[order[i]];
        }
        return widths;
    }
}
