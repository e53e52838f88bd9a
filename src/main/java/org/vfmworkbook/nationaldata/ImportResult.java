package org.vfmworkbook.nationaldata;

/** What an import stored. */
public record ImportResult(
        Long datasetId,
        DatasetKind kind,
        String year,
        String fileName,
        int observations,
        int councils,
        boolean replacedEarlierImport) {}
