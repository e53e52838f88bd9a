package org.vfmworkbook.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.dataaudit.AuditAnswers;
import org.vfmworkbook.dataaudit.ConfidenceSuggestion;
import org.vfmworkbook.dataaudit.DataAuditSource;
import org.vfmworkbook.pdf.Words;
import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.steps.StepKind;

/**
 * Adds "How far the council can rely on its data" to a report, from the data audit of the step that has one (step 13): the whole
 * section after the steps (practices, definitions check, the suggested confidence) where the layout shows that step in detail,
 * before the action plan (not a line of the contents, whose page the PDF fills); one line in the executive summary where it shows it as a line or in summary;
 * nothing where it leaves it out.
 */
@ApplicationScoped
public class DataRelianceSection {

    public static final Words WORDS = Words.load("templates/report/reliance.yaml");
    static final String ANCHOR = "data-reliance";

    private final StepCatalogue steps;
    private final DataAuditSource source;

    DataRelianceSection(StepCatalogue steps, DataAuditSource source) {
        this.steps = steps;
        this.source = source;
    }

    Report addTo(Report report, WorkbookContent content) {
        StepDefinition step = steps.all().stream()
                .filter(StepDefinition::hasDataAudit)
                .findFirst()
                .orElse(null);
        if (step == null) {
            return report;
        }
        ReportLayout.StepForm form = report.audience().layout().form(step.number(), step.kind() == StepKind.DATA_LED);
        if (form == ReportLayout.StepForm.NONE) {
            return report;
        }
        DataAudit audit = step.dataAudit();
        AuditAnswers answers = source.answers(content.workbookId(), step.id());
        ConfidenceSuggestion suggestion = ConfidenceSuggestion.of(audit, answers);
        boolean full = form == ReportLayout.StepForm.DETAIL;
        DataReliance reliance = new DataReliance(
                ANCHOR,
                suggestion.summary(),
                suggestion.sentence(),
                full,
                full ? practices(audit, answers) : List.of(),
                full ? definitions(audit, answers) : List.of(),
                WORDS.all());
        return report.with(report.contents(), reliance);
    }

    private static List<DataReliance.PracticeRow> practices(DataAudit audit, AuditAnswers answers) {
        Words choices = ConfidenceSuggestion.WORDS;
        return audit.practices().stream()
                .map(p -> {
                    AuditAnswers.PracticeAnswer a = answers.practices().get(p.id());
                    boolean given = a != null && a.status() != null;
                    return new DataReliance.PracticeRow(
                            p.text(),
                            given ? choices.get("practice-" + a.status().value()) : choices.get("notAnswered"),
                            a == null ? "" : orEmpty(a.now()),
                            a == null ? "" : orEmpty(a.needed()),
                            a == null ? "" : orEmpty(a.progress()));
                })
                .toList();
    }

    private static List<DataReliance.DefinitionRow> definitions(DataAudit audit, AuditAnswers answers) {
        Words choices = ConfidenceSuggestion.WORDS;
        return audit.definitions().stream()
                .map(d -> {
                    AuditAnswers.DefinitionAnswer a = answers.definitions().get(d.id());
                    boolean given = a != null && a.match() != null;
                    return new DataReliance.DefinitionRow(
                            d.term(),
                            given ? choices.get("definition-" + a.match().value()) : choices.get("notAnswered"),
                            a == null ? "" : orEmpty(a.note()));
                })
                .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
