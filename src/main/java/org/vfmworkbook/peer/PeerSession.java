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

    @Version
    public long version;

    public static List<PeerSession> newestFirst() {
        return list("order by createdAt desc, id desc");
    }
}
