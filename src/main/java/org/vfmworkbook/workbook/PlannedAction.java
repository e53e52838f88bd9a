package org.vfmworkbook.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A SMART action recorded at a step: what, who owns it, by when, how success is measured, the expected annual
 * saving (negative for a cost), and optionally the inputs of a fiscal return on investment (whole pounds).
 */
@Entity
public class PlannedAction extends PanacheEntity {

    @ManyToOne(optional = false)
    public Workbook workbook;

    @Column(nullable = false, length = 100)
    public String stepId;

    @Column(nullable = false, length = 1000)
    public String what;

    @Column(nullable = false, length = 200)
    public String owner;

    @Column(nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false, length = 1000)
    public String measureOfSuccess;

    public Long expectedAnnualSavingGbp;
    public Long oneOffCostGbp;
    public Long annualCostGbp;
    public Long annualCostsAvoidedGbp;
    public Integer years;

    /** The fiscal return's optional detail (FiscalDetail): overheads, pilot and service sizes, basis, doing nothing. */
    public Long annualOverheadGbp;

    public Integer pilotPeople;
    public Integer servicePeople;

    @Column(length = 20)
    public String figuresBasis;

    public Long businessAsUsualAnnualCostGbp;

    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    public static List<PlannedAction> listFor(Workbook workbook, String stepId) {
        return list("workbook = ?1 and stepId = ?2 order by id", workbook, stepId);
    }

    public static List<PlannedAction> listFor(Workbook workbook) {
        return list("workbook = ?1 order by id", workbook);
    }

    public static Optional<PlannedAction> findIn(Workbook workbook, long id) {
        return find("workbook = ?1 and id = ?2", workbook, id).firstResultOptional();
    }

    /** The fiscal return, when every input was given. */
    public Optional<FiscalReturn> fiscalReturn() {
        if (oneOffCostGbp == null || annualCostGbp == null || annualCostsAvoidedGbp == null || years == null) {
            return Optional.empty();
        }
        return Optional.of(
                new FiscalReturn(oneOffCostGbp, annualCostGbp, annualCostsAvoidedGbp, years, fiscalDetail()));
    }

    FiscalDetail fiscalDetail() {
        return new FiscalDetail(
                annualOverheadGbp,
                pilotPeople,
                servicePeople,
                FiscalDetail.Basis.parse(figuresBasis),
                businessAsUsualAnnualCostGbp);
    }

    void setFiscalDetail(FiscalDetail detail) {
        annualOverheadGbp = detail.annualOverheadGbp();
        pilotPeople = detail.pilotPeople();
        servicePeople = detail.servicePeople();
        figuresBasis = detail.basis() == null ? null : detail.basis().name();
        businessAsUsualAnnualCostGbp = detail.businessAsUsualAnnualCostGbp();
    }
}
