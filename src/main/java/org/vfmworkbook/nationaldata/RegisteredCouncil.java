package org.vfmworkbook.nationaldata;

import java.time.LocalDate;
import java.util.List;

/** A council with adult social services responsibilities, as the council register describes it. */
record RegisteredCouncil(
        String code,
        String name,
        String officialName,
        CouncilType type,
        String regionCode,
        String regionName,
        LocalDate startDate,
        LocalDate endDate,
        List<String> replacedBy) {}
