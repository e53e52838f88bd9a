package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;

import org.vfmworkbook.web.Fmt;

/**
 * A fiscal return in sentences a director reads, the same on the step page and in the reports: whether the figures are
 * estimated or actual, the return as entered (the pilot's, where the figures come from one), the return scaled to the
 * whole service, and the comparison with doing nothing.
 */
public final class FiscalReturnWording {

    private FiscalReturnWording() {}

    public static List<String> lines(FiscalReturn froi) {
        List<String> lines = new ArrayList<>();
        FiscalDetail detail = froi.detail();
        if (detail.basis() != null) {
            lines.add(detail.basis().label() + ".");
        }
        boolean pilot = detail.scaleFactor() != null;
        String period = " over " + froi.years() + (froi.years() == 1 ? " year" : " years");
        lines.add((pilot ? "In the pilot (" + people(detail.pilotPeople()) + ")," + period : capitalise(period.strip()))
                + ": " + amounts(froi));
        lines.add(result(froi));
        FiscalReturn compared = froi;
        if (pilot) {
            compared = froi.scaledToService().orElseThrow();
            lines.add("Scaled to the whole service (" + people(detail.servicePeople()) + ", "
                    + Fmt.decimal(detail.scaleFactor(), 1) + " times the pilot)," + period + ": " + amounts(compared));
            lines.add(result(compared));
        }
        if (compared.businessAsUsualGbp() != null) {
            long difference = compared.businessAsUsualGbp() - compared.withTheChangeGbp();
            lines.add("Against doing nothing: the service would cost " + Fmt.gbp(compared.businessAsUsualGbp()) + period
                    + " as it is (business as usual) and " + Fmt.gbp(compared.withTheChangeGbp())
                    + " with the change, "
                    + (difference >= 0 ? Fmt.gbp(difference) + " less." : Fmt.gbp(-difference) + " more."));
        }
        return lines;
    }

    /** The return in one paragraph, for a table cell in the reports. */
    public static String summary(FiscalReturn froi) {
        return String.join(" ", lines(froi));
    }

    private static String amounts(FiscalReturn froi) {
        String overheads = froi.detail().annualOverheadGbp() == null
                ? ""
                : ", overheads " + Fmt.gbp(froi.detail().overheadGbp()) + " a year";
        return "costs avoided " + Fmt.gbp(froi.benefitsGbp()) + ", costs " + Fmt.gbp(froi.costsGbp()) + " (one-off "
                + Fmt.gbp(froi.oneOffCostGbp()) + ", running " + Fmt.gbp(froi.annualCostGbp()) + " a year" + overheads
                + ").";
    }

    private static String result(FiscalReturn froi) {
        Double perPound = froi.returnPerPound();
        return "Net benefit " + Fmt.gbp(froi.netBenefitGbp()) + "; return per £1 "
                + (perPound == null ? "not available (nothing is spent)" : Fmt.gbpPence(perPound)) + "; payback "
                + payback(froi) + ".";
    }

    /** "immediate: …", "1.3 years", "never: …". */
    public static String payback(FiscalReturn froi) {
        FiscalReturn.Payback payback = froi.payback();
        String yearly = "the yearly costs avoided (" + Fmt.gbp(froi.annualCostsAvoidedGbp()) + ") "
                + (payback.kind() == FiscalReturn.PaybackKind.NEVER ? "do not exceed" : "exceed")
                + " the yearly costs (" + Fmt.gbp(froi.yearlyCostGbp()) + ")";
        return switch (payback.kind()) {
            case AT_ONCE -> "immediate: there is no one-off cost and " + yearly;
            case NEVER -> "never: " + yearly;
            case AFTER_YEARS ->
                Fmt.decimal(payback.years(), 1) + " years"
                        + (payback.years() > froi.years() ? ", beyond the " + froi.years() + " years assessed" : "");
        };
    }

    private static String people(int n) {
        return Fmt.decimal(n, 0) + (n == 1 ? " person" : " people");
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
