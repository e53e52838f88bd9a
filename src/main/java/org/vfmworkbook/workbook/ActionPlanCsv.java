package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;

import org.vfmworkbook.web.CsvCells;
import org.vfmworkbook.web.Fmt;

/** The action plan as CSV, one row per action as the page shows it (filters applied); amounts in whole pounds, dates ISO. */
final class ActionPlanCsv {

    static final List<String> HEADER = List.of(
            "step",
            "step title",
            "action",
            "owner",
            "due",
            "status",
            "review date",
            "measure of success",
            "measure",
            "measure at start",
            "measure now",
            "expected annual saving gbp",
            "one-off cost gbp",
            "annual cost gbp",
            "annual costs avoided gbp",
            "years",
            "latest progress note",
            "agreed at peer challenge");

    private ActionPlanCsv() {}

    static String write(ActionPlan plan) {
        StringBuilder csv = new StringBuilder();
        CsvCells.line(csv, HEADER);
        for (ActionPlan.Row row : plan.rows()) {
            ActionView a = row.action();
            FiscalReturn f = a.fiscalReturn();
            List<String> cells = new ArrayList<>(List.of(
                    String.valueOf(row.stepNumber()),
                    row.stepTitle(),
                    a.what(),
                    a.owner(),
                    a.dueDate().toString(),
                    a.status().label(),
                    a.reviewDate() == null ? "" : a.reviewDate().toString()));
            cells.add(a.measureOfSuccess());
            cells.add(a.hasMeasure() ? a.measure().name() : "");
            cells.add(a.hasMeasure() ? number(a.measure().atStart()) : "");
            cells.add(a.hasMeasure() ? number(a.measure().now()) : "");
            cells.add(number(a.expectedAnnualSavingGbp()));
            cells.add(f == null ? "" : String.valueOf(f.oneOffCostGbp()));
            cells.add(f == null ? "" : String.valueOf(f.annualCostGbp()));
            cells.add(f == null ? "" : String.valueOf(f.annualCostsAvoidedGbp()));
            cells.add(f == null ? "" : String.valueOf(f.years()));
            cells.add(
                    a.notes().isEmpty()
                            ? ""
                            : a.notes().get(a.notes().size() - 1).date() + ": "
                                    + a.notes().get(a.notes().size() - 1).text());
            cells.add(a.peerSessionId() == null ? "no" : "yes");
            CsvCells.line(csv, cells);
        }
        ActionPlan.Totals t = plan.totals();
        CsvCells.line(
                csv,
                List.of(
                        "",
                        "Total of these actions",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        String.valueOf(t.expectedAnnualSavingGbp()),
                        String.valueOf(t.oneOffCostGbp()),
                        String.valueOf(t.annualCostGbp()),
                        "",
                        "",
                        "",
                        ""));
        return csv.toString();
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double d && d % 1 != 0
                ? Fmt.decimal(d, 2).replace(",", "")
                : String.valueOf(value.longValue());
    }
}
