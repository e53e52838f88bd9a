package org.vfmworkbook.workbook;

/**
 * What the method asks of a fiscal return beyond its four core figures, every part optional: the yearly overheads of
 * running the change, the number of people in the pilot and in the whole service (to scale the pilot's yearly figures
 * up), whether the figures are estimated or actual, and the yearly cost of the service if nothing changes (business as
 * usual).
 */
public record FiscalDetail(
        Long annualOverheadGbp,
        Integer pilotPeople,
        Integer servicePeople,
        Basis basis,
        Long businessAsUsualAnnualCostGbp) {

    public static final FiscalDetail NONE = new FiscalDetail(null, null, null, null, null);

    /** Whether the figures are planned or observed. */
    public enum Basis {
        ESTIMATED("Estimated (planned figures)"),
        ACTUAL("Actual (observed figures)");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Basis parse(String value) {
            for (Basis b : values()) {
                if (b.name().equalsIgnoreCase(value)) {
                    return b;
                }
            }
            return null;
        }
    }

    public long overheadGbp() {
        return annualOverheadGbp == null ? 0 : annualOverheadGbp;
    }

    /** Whole service ÷ pilot, or null when the figures are not from a pilot. */
    public Double scaleFactor() {
        return pilotPeople == null || servicePeople == null ? null : (double) servicePeople / pilotPeople;
    }
}
