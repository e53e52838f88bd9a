package org.vfmworkbook.findings;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A comparison where the council is notably different from one or more groups: for the executive summary.
 *
 * @param groups the groups it stands out from, each with the quartile it is beyond
 * @param markedGroups how many of those groups it is two standard deviations or more from (it differs markedly)
 */
@TemplateData
public record NotableFinding(
        int stepNumber,
        String metricId,
        String stepId,
        String stepTitle,
        String comparisonId,
        String metricTitle,
        String value,
        List<String> groups,
        int markedGroups,
        String sentence) {}
