package org.vfmworkbook.nationaldata;

import java.time.LocalDate;
import java.util.List;

/** A council as the rest of the product sees it. */
public record CouncilRecord(
        String code,
        String name,
        CouncilType type,
        String regionCode,
        String regionName,
        String cassrCode,
        LocalDate startDate,
        LocalDate endDate,
        List<String> replacedBy) {

    /** Whether the council existed for any part of the financial year starting 1 April {@code startYear}. */
    public boolean existedIn(int startYear) {
        LocalDate yearStart = LocalDate.of(startYear, 4, 1);
        LocalDate yearEnd = LocalDate.of(startYear + 1, 3, 31);
        return (startDate == null || !startDate.isAfter(yearEnd)) && (endDate == null || !endDate.isBefore(yearStart));
    }
}
