package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The Theory of Change of one planned action: how the council gets from where it is now, through activities, milestones and
 * outcomes, to where it wants to be ({@link TheoryOfChangeItem}, one row a box). Its version moves on every save, so a stale form
 * is detected; it goes with its action into next year's workbook.
 */
@Entity
@Table(name = "theory_of_change")
public class TheoryOfChange extends PanacheEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "action_id", unique = true)
    public PlannedAction action;

    @OneToMany(mappedBy = "theory", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stage, slot")
    public List<TheoryOfChangeItem> items = new ArrayList<>();

    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    public static Optional<TheoryOfChange> findFor(PlannedAction action) {
        return find("action", action).firstResultOptional();
    }
}
