package org.vfmworkbook.report;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Until the workbook store provides a {@link WorkbookContentSource}, every report is "not found". */
@DefaultBean
@ApplicationScoped
class NoWorkbooks implements WorkbookContentSource {

    @Override
    public Optional<WorkbookContent> find(long workbookId) {
        return Optional.empty();
    }
}
