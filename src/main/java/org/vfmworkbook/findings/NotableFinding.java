package org.vfmworkbook.findings;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A comparison where the council is notably different from one or more groups: for the executive summary. */
@TemplateData
public record NotableFinding(
        int stepNumber,
        String stepId,
        String stepTitle,
        String comparisonId,
        String metricTitle,
        String value,
        List<String> groups,
        String sentence) {}
