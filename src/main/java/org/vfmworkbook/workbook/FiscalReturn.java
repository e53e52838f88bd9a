package org.vfmworkbook.workbook;

/**
 * Fiscal return on investment of an action, the method the DfE innovation programme used (benefits ÷ costs).
 * <pre>
 * benefits       = annualCostsAvoided × years
 * costs          = oneOffCost + annualCost × years
 * netBenefit     = benefits − costs
 * returnPerPound = benefits ÷ costs                                    (none when costs are 0)
 * paybackYears   = oneOffCost ÷ (annualCostsAvoided − annualCost)      (none unless the yearly saving is positive)
 * </pre>
 * Amounts are whole pounds; no discounting.
 */
public record FiscalReturn(long oneOffCostGbp, long annualCostGbp, long annualCostsAvoidedGbp, int years) {

    public static final String FORMULA =
            "Net benefit = annual costs avoided × years − (one-off cost + annual cost × years). "
                    + "Return per £1 = (annual costs avoided × years) ÷ (one-off cost + annual cost × years). "
                    + "Payback period = one-off cost ÷ (annual costs avoided − annual cost).";

    public FiscalReturn {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1");
        }
    }

    public long benefitsGbp() {
        return annualCostsAvoidedGbp * years;
    }

    public long costsGbp() {
        return oneOffCostGbp + annualCostGbp * years;
    }

    public long netBenefitGbp() {
        return benefitsGbp() - costsGbp();
    }

    /** Pounds of costs avoided for every pound spent; null when nothing is spent. */
    public Double returnPerPound() {
        return costsGbp() == 0 ? null : (double) benefitsGbp() / costsGbp();
    }

    /** Years until the one-off cost is repaid by the net yearly saving; null when there is no net yearly saving. */
    public Double paybackYears() {
        long yearlySaving = annualCostsAvoidedGbp - annualCostGbp;
        return yearlySaving > 0 ? (double) oneOffCostGbp / yearlySaving : null;
    }
}
