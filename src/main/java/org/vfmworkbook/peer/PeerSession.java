package org.vfmworkbook.peer;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A regional peer-challenge session for one region and data year, run by a facilitator. */
@Entity
@Table(name = "peer_session")
public class PeerSession extends PanacheEntity {

    @Column(nullable = false, length = 9)
    public String regionCode;

    @Column(nullable = false, length = 7)
    public String dataYear;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 200)
    public String facilitator;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(length = 20_000)
    public String notes;

    /** Councils shown as Council A, B, C… (each member's own council named), with letters drawn from {@code labelSeed}. */
    public Boolean anonymised;

    /** Drawn at random when the session starts, so each session has its own letters. */
    public Long labelSeed;

    @Version
    public long version;

    public boolean isAnonymised() {
        return Boolean.TRUE.equals(anonymised);
    }

    /**
     * The seed for the session's letters: for every council in an anonymised session, and in a named one for the councils not
     * released to the person looking (ADR 0011). A session saved before seeds were drawn for named sessions uses its number.
     */
    public long labelSeed() {
        return labelSeed != null ? labelSeed : id;
    }

    public static List<PeerSession> newestFirst() {
        return list("order by createdAt desc, id desc");
    }
}
