package org.vfmworkbook.nationaldata;

/** Kinds of council with adult social services responsibilities. */
public enum CouncilType {
    COUNTY("County council"),
    UNITARY("Unitary authority"),
    METROPOLITAN_DISTRICT("Metropolitan district"),
    LONDON_BOROUGH("London borough"),
    CITY_OF_LONDON("City of London Corporation");

    private final String label;

    CouncilType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** mySociety's local-authority-type codes; null for types without social services (districts etc.). */
    static CouncilType fromRegisterCode(String code) {
        return switch (code) {
            case "CTY" -> COUNTY;
            case "UA" -> UNITARY;
            case "MD" -> METROPOLITAN_DISTRICT;
            case "LBO" -> LONDON_BOROUGH;
            case "CC" -> CITY_OF_LONDON;
            default -> null;
        };
    }
}
