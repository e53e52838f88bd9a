package org.vfmworkbook.nationaldata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A council with adult social services responsibilities, keyed by its ONS code. Reference data. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    @Column(length = 9)
    public String code;

    @Column(nullable = false)
    public String name;

    public String officialName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CouncilType type;

    @Column(nullable = false, length = 9)
    public String regionCode;

    @Column(nullable = false)
    public String regionName;

    /** NHS Digital's three-digit council (CASSR) code, where a return has been seen. */
    @Column(length = 3)
    public String cassrCode;

    public LocalDate startDate;

    public LocalDate endDate;

    /** ONS codes of the councils that replaced this one, comma-separated. */
    public String replacedBy;

    public static List<Council> allByName() {
        return list("order by name");
    }

    public List<String> successors() {
        return replacedBy == null || replacedBy.isBlank() ? List.of() : Arrays.asList(replacedBy.split(","));
    }

    public CouncilRecord toRecord() {
        return new CouncilRecord(code, name, type, regionCode, regionName, cassrCode, startDate, endDate, successors());
    }
}
