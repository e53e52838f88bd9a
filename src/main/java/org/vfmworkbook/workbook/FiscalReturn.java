package org.vfmworkbook.workbook;

import java.util.Optional;

/**
 * Fiscal return on investment of an action, the method the DfE innovation programme used (benefits ÷ costs).
 * <pre>
 * yearlyCost     = annualCost + annualOverhead
 * benefits       = annualCostsAvoided × years
 * costs          = oneOffCost + yearlyCost × years
 * netBenefit     = benefits − costs
 * returnPerPound = benefits ÷ costs                                    (none when costs are 0)
 * payback        = at once when there is no one-off cost and annualCostsAvoided &gt; yearlyCost;
 *                  oneOffCost ÷ (annualCostsAvoided − yearlyCost) years when there is;
 *                  never when annualCostsAvoided ≤ yearlyCost
 * scaled         = the yearly figures × (people in the whole service ÷ people in the pilot), the one-off cost as given
 * doing nothing  = businessAsUsualAnnualCost × years; with the change = doing nothing − benefits + costs
 * </pre>
 * Amounts are whole pounds; no discounting.
 */
public record FiscalReturn(
        long oneOffCostGbp, long annualCostGbp, long annualCostsAvoidedGbp, int years, FiscalDetail detail) {

    public static final String FORMULA =
            "Net benefit = annual costs avoided × years − (one-off cost + (annual cost + annual overheads) × years). "
                    + "Return per £1 = (annual costs avoided × years) ÷ (one-off cost + (annual cost + annual overheads) × years). "
                    + "Payback period = one-off cost ÷ (annual costs avoided − annual cost − annual overheads).";

    /** When payback comes: at once, after some years, or never. */
    public enum PaybackKind {
        AT_ONCE,
        AFTER_YEARS,
        NEVER
    }

    /** {@code years} is 0 at once, the years to repay the one-off cost after, and null when never. */
    public record Payback(PaybackKind kind, Double years) {}

    public FiscalReturn {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1");
        }
        detail = detail == null ? FiscalDetail.NONE : detail;
    }

    public FiscalReturn(long oneOffCostGbp, long annualCostGbp, long annualCostsAvoidedGbp, int years) {
        this(oneOffCostGbp, annualCostGbp, annualCostsAvoidedGbp, years, FiscalDetail.NONE);
    }

    /** The running cost and overheads of a year. */
    public long yearlyCostGbp() {
        return annualCostGbp + detail.overheadGbp();
    }

    public long benefitsGbp() {
        return annualCostsAvoidedGbp * years;
    }

    public long costsGbp() {
        return oneOffCostGbp + yearlyCostGbp() * years;
    }

    public long netBenefitGbp() {
        return benefitsGbp() - costsGbp();
    }

    /** Pounds of costs avoided for every pound spent; null when nothing is spent. */
    public Double returnPerPound() {
        return costsGbp() == 0 ? null : (double) benefitsGbp() / costsGbp();
    }

    public Payback payback() {
        long yearlySaving = annualCostsAvoidedGbp - yearlyCostGbp();
        if (yearlySaving <= 0) {
            return new Payback(PaybackKind.NEVER, null);
        }
        if (oneOffCostGbp == 0) {
            return new Payback(PaybackKind.AT_ONCE, 0.0);
        }
        return new Payback(PaybackKind.AFTER_YEARS, (double) oneOffCostGbp / yearlySaving);
    }

    /** Years until the one-off cost is repaid by the net yearly saving; 0 at once; null when it never is. */
    public Double paybackYears() {
        return payback().years();
    }

    /** The same return with the pilot's yearly figures scaled to the whole service; empty when not from a pilot. */
    public Optional<FiscalReturn> scaledToService() {
        Double factor = detail.scaleFactor();
        if (factor == null) {
            return Optional.empty();
        }
        FiscalDetail scaled = new FiscalDetail(
                detail.annualOverheadGbp() == null ? null : Math.round(detail.annualOverheadGbp() * factor),
                null,
                null,
                detail.basis(),
                detail.businessAsUsualAnnualCostGbp());
        return Optional.of(new FiscalReturn(
                oneOffCostGbp,
                Math.round(annualCostGbp * factor),
                Math.round(annualCostsAvoidedGbp * factor),
                years,
                scaled));
    }

    /** The cost of the service over the years if nothing changes; null when not given. */
    public Long businessAsUsualGbp() {
        Long yearly = detail.businessAsUsualAnnualCostGbp();
        return yearly == null ? null : yearly * years;
    }

    /** The cost of the service over the years with the change; null when business as usual is not given. */
    public Long withTheChangeGbp() {
        Long usual = businessAsUsualGbp();
        return usual == null ? null : usual - benefitsGbp() + costsGbp();
    }
}
