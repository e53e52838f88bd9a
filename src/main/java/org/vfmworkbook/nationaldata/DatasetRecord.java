package org.vfmworkbook.nationaldata;

import java.time.Instant;

/** What was imported, from where, and when: the provenance every figure can point back to. */
public record DatasetRecord(
        Long id,
        DatasetKind kind,
        String dataYear,
        String fileName,
        String sha256,
        String title,
        String publisher,
        String licence,
        Instant importedAt,
        int observationCount) {}
