package org.vfmworkbook.report;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * How far the council can rely on its data: step 13's data audit in the report. Where the layout gives step 13 in detail
 * ({@code full}) it is a section after the steps with the practices, the definitions check and the suggestion; where it gives step
 * 13 a line (the members' summary), it is one {@code line} at the end of the executive summary: the counts and the confidence the
 * audit suggests. {@code words} from {@code templates/report/reliance.yaml}.
 */
@TemplateData
public record DataReliance(
        String anchor,
        String line,
        String suggestion,
        boolean full,
        List<PracticeRow> practices,
        List<DefinitionRow> definitions,
        Map<String, String> words) {

    /** A practice of the checklist in the method's three columns; empty texts are "". */
    @TemplateData
    public record PracticeRow(String practice, String status, String now, String needed, String progress) {}

    @TemplateData
    public record DefinitionRow(String term, String match, String note) {}
}
