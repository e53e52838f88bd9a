package org.vfmworkbook.workbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A document or page that supports an evidence answer: a title and an http(s) address. */
@Entity
public class EvidenceLink extends PanacheEntity {

    @ManyToOne(optional = false)
    public Answer answer;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 2000)
    public String url;

    @Version
    public long version;
}
