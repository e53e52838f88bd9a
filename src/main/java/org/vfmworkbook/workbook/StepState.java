package org.vfmworkbook.workbook;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * Everything a workbook holds for one step: its status, the version its answers form is based on, the answers by
 * question id, the step's actions, and the workbook's local figures by metric id (a metric may appear at several steps).
 */
@TemplateData
public record StepState(
        String stepId,
        StepProgress.Status status,
        long version,
        Map<String, SavedAnswer> answers,
        List<ActionView> actions,
        Map<String, LocalFigureView> localFigures) {

    public SavedAnswer answer(String questionId) {
        return answers.get(questionId);
    }

    public LocalFigureView localFigure(String metricId) {
        return localFigures.get(metricId);
    }
}
