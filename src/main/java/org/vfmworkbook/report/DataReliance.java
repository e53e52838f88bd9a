package org.vfmworkbook.report;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * How far the council can rely on its data: step 13's data audit in the report. {@code line} is the one line every report with step
 * 13 gives in its summary (counts, then the confidence the audit suggests); {@code full} adds the section with the practices and the
 * definitions check, where the layout gives step 13 in detail. {@code words} from {@code templates/report/reliance.yaml}.
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
