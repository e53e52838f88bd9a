package org.vfmworkbook.workbook;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A dated note of how a planned action is going; an action's notes, oldest first, are its history and go with it into next year. */
@Entity
@Table(name = "action_progress_note")
public class ProgressNote extends PanacheEntity {

    @ManyToOne(optional = false)
    public PlannedAction action;

    /** The day the note describes (given by the person writing it). */
    @Column(nullable = false)
    public LocalDate noteDate;

    @Column(nullable = false, length = 2000)
    public String text;

    /** The workbook year the note was written in, so a note carried forward still says which year it belongs to. */
    @Column(length = 7)
    public String writtenInYear;

    public Instant createdAt;

    @Column(length = 200)
    public String createdBy;

    @Version
    public long version;
}
