package org.vfmworkbook.nationaldata;

import java.util.List;
import java.util.Optional;

/** The nine English regions (ONS E12 codes), the ADASS regions of peer challenge. Stable since 1994. */
public final class Regions {

    public record Region(String code, String name) {}

    public static final String ENGLAND_CODE = "E92000001";

    public static final List<Region> ALL = List.of(
            new Region("E12000001", "North East"),
            new Region("E12000002", "North West"),
            new Region("E12000003", "Yorkshire and The Humber"),
            new Region("E12000004", "East Midlands"),
            new Region("E12000005", "West Midlands"),
            new Region("E12000006", "East of England"),
            new Region("E12000007", "London"),
            new Region("E12000008", "South East"),
            new Region("E12000009", "South West"));

    private Regions() {}

    public static Optional<Region> byName(String name) {
        return ALL.stream().filter(r -> r.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static Optional<Region> byCode(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
