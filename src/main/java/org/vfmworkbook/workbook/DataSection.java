package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.metrics.ComparatorGroup;

/**
 * A step page's data section: each comparison (from the findings package) with its local figure, the finding the step's
 * narrative rules generate, and the comparator group switch ({@code group}).
 */
@TemplateData
public record DataSection(
        List<ComparisonView> comparisons,
        List<String> narrative,
        ComparatorGroup group,
        String regionName,
        boolean customGroupChosen) {

    public boolean customAskedButEmpty() {
        return group == ComparatorGroup.CUSTOM && !customGroupChosen;
    }
}
