package org.vfmworkbook.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The council's own figures, one per metric per workbook: saved, replaced or removed, always audited. */
@ApplicationScoped
public class LocalFigureService {

    private final AuditTrail audit;

    LocalFigureService(AuditTrail audit) {
        this.audit = audit;
    }

    /** Saves or replaces the local figure for the metric; {@code stepId} is where it was entered (for the audit). */
    @Transactional
    public LocalFigureView save(long workbookId, String stepId, LocalFigureValues v) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        LocalFigure figure = LocalFigure.findFor(workbook, v.metricId()).orElseGet(() -> {
            LocalFigure created = new LocalFigure();
            created.workbook = workbook;
            created.metricId = v.metricId();
            return created;
        });
        String f = "LocalFigure[" + v.metricId() + "].";
        audit.record(workbook, stepId, f + "value", figure.id == null ? null : figure.value, v.value());
        audit.record(workbook, stepId, f + "source", figure.source, v.source());
        audit.record(workbook, stepId, f + "asAt", figure.asAt, v.asAt());
        audit.record(workbook, stepId, f + "note", figure.note, v.note());
        figure.value = v.value();
        figure.source = v.source();
        figure.asAt = v.asAt();
        figure.note = v.note();
        figure.updatedAt = audit.now();
        figure.updatedBy = audit.who();
        workbook.updatedAt = figure.updatedAt;
        figure.persist();
        LocalFigure.flush();
        return LocalFigureView.of(figure);
    }

    @Transactional
    public void remove(long workbookId, String stepId, String metricId) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        LocalFigure.findFor(workbook, metricId).ifPresent(figure -> {
            audit.record(workbook, stepId, "LocalFigure[" + metricId + "].removed", figure.value, null);
            figure.delete();
            workbook.updatedAt = audit.now();
        });
    }
}
