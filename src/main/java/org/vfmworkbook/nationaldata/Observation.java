package org.vfmworkbook.nationaldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One published figure: a source measure for an area (council, region or England) and year, with the
 * cell it came from. Written in bulk by {@link NationalDataStore}; read whole into memory by the metrics.
 */
@Entity
@Table(name = "observation", indexes = @Index(name = "observation_dataset", columnList = "datasetId"))
public class Observation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long datasetId;

    @Column(nullable = false, length = 16)
    public String dataYear;

    @Column(nullable = false, length = 9)
    public String areaCode;

    @Column(nullable = false, length = 64)
    public String measureId;

    @Column(name = "figure")
    public Double value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ValueStatus status;

    @Column(length = 32)
    public String source;
}
