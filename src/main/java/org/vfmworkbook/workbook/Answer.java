package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The answer to one challenge question, stored by step id and question id (never by wording), so the words in
 * {@code steps/} can change without losing answers. {@code choice} holds yes/no/partly or red/amber/green.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"workbook_id", "stepId", "questionId"}))
public class Answer extends PanacheEntity {

    @ManyToOne(optional = false)
    public Workbook workbook;

    @Column(nullable = false, length = 100)
    public String stepId;

    @Column(nullable = false, length = 100)
    public String questionId;

    @Column(length = 20000)
    public String text;

    @Column(length = 20)
    public String choice;

    public Instant updatedAt;
    public String updatedBy;

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EvidenceLink> links = new ArrayList<>();

    @Version
    public long version;

    public static List<Answer> listFor(Workbook workbook, String stepId) {
        return list("workbook = ?1 and stepId = ?2", workbook, stepId);
    }

    public static List<Answer> listFor(Workbook workbook) {
        return list("workbook", workbook);
    }
}
