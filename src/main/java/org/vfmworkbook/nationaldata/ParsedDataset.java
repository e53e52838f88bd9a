package org.vfmworkbook.nationaldata;

import java.util.List;

/** A whole file, read and checked, ready to be stored in one transaction. */
record ParsedDataset(
        DatasetKind kind,
        String year,
        String fileName,
        String sha256,
        String title,
        String publisher,
        String licence,
        List<ParsedObservation> observations,
        List<CouncilSighting> sightings,
        List<RegisteredCouncil> register) {

    /** A council row seen in a data file: gives the publisher's own code (NHS Digital's CASSR code). */
    record CouncilSighting(String code, String cassrCode, String name) {}
}
