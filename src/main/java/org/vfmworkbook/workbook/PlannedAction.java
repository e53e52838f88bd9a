package org.vfmworkbook.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A SMART action recorded at a step: what, who owns it, by when, how success is measured, the expected annual
 * saving (negative for a cost), and optionally the inputs of a fiscal return on investment (whole pounds). It is followed up: a
 * status, a review date, dated progress notes, and the named measure's value at the start and now.
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

    /** Null on an action saved before actions were followed up: read as not started ({@link #status()}). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ActionStatus status;

    public LocalDate reviewDate;
    /**
     * The measure that will show the action worked, by name: a metric of the catalogue ({@code measureMetricId} and its unit set,
     * the name its title as it was when chosen) or a local figure (name only). All null when no measure is named.
     */
    @Column(length = 200)
    public String measureName;

    @Column(length = 100)
    public String measureMetricId;

    @Column(length = 40)
    public String measureUnit;

    public Double measureAtStart;
    public Double measureNow;
    /** The action in last year's workbook this one was carried forward from; null for an action first planned this year. */
    public Long carriedFromActionId;
    /** The peer-challenge follow-up this action was accepted from, and its session; null otherwise. */
    public Long peerFollowUpId;

    public Long peerSessionId;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("noteDate, id")
    public List<ProgressNote> notes = new ArrayList<>();

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

    public ActionStatus status() {
        return status == null ? ActionStatus.NOT_STARTED : status;
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
