package org.vfmworkbook.workbook;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One box of a Theory of Change: its stage and place in the stage, what it says, the date (milestones only), the evidence that will
 * show it happened and the measure that will show it: a metric of the catalogue ({@code measureMetricId} set, the name its title as
 * it was when chosen) or a local figure (name only).
 */
@Entity
@Table(name = "theory_of_change_item")
public class TheoryOfChangeItem extends PanacheEntity {

    @ManyToOne(optional = false)
    public TheoryOfChange theory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ChangeStage stage;

    /** 1 for the first box of the stage. */
    public int slot;

    @Column(nullable = false, length = TheoryOfChangeForm.TEXT_LIMIT)
    public String text;

    public LocalDate milestoneDate;

    @Column(nullable = false, length = TheoryOfChangeForm.TEXT_LIMIT)
    public String evidence;

    @Column(nullable = false, length = 200)
    public String measureName;

    @Column(length = 100)
    public String measureMetricId;

    @Version
    public long version;
}
