package org.vfmworkbook.nationaldata;

/** Fired after an import has been committed, so that derived views are rebuilt. */
public record NationalDataChanged(DatasetKind kind, String year) {}
