package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkbookPersistenceTest {

    @Inject
    EntityManager em;

    @Inject
    AnswerService answers;

    @Inject
    WorkbookService workbooks;

    static Workbook aWorkbook(String council) {
        Workbook workbook = new Workbook();
        workbook.councilCode = council;
        workbook.dataYear = "2021-22";
        workbook.title = "Test workbook";
        workbook.createdAt = Instant.now();
        workbook.updatedAt = workbook.createdAt;
        workbook.persist();
        return workbook;
    }

    @Test
    @TestTransaction
    void storesAnAnswerByStepAndQuestionIdWithItsLinks() {
        Workbook workbook = aWorkbook("E10000016");
        Answer answer = new Answer();
        answer.workbook = workbook;
        answer.stepId = "spend-per-head";
        answer.questionId = "evidence";
        answer.text = "Budget book";
        EvidenceLink link = new EvidenceLink();
        link.answer = answer;
        link.title = "Budget 2022";
        link.url = "https://example.org/budget";
        answer.links.add(link);
        answer.persist();
        em.flush();
        em.clear();

        List<Answer> found = Answer.listFor(Workbook.findById(workbook.id), "spend-per-head");
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.questionId).isEqualTo("evidence");
            assertThat(a.links).extracting(l -> l.url).containsExactly("https://example.org/budget");
        });
    }

    @Test
    @TestTransaction
    void movesTheVersionOnEveryChange() {
        Workbook workbook = aWorkbook("E08000035");
        em.flush();
        long before = workbook.version;
        workbook.directorSummary = "Changed";
        em.flush();
        assertThat(workbook.version).isEqualTo(before + 1);
    }

    @Test
    void rejectsAnUpdateBasedOnAStaleCopy() {
        long id = QuarkusTransaction.requiringNew().call(() -> aWorkbook("E09000007").id);
        Workbook stale = QuarkusTransaction.requiringNew().call(() -> Workbook.<Workbook>findById(id));
        QuarkusTransaction.requiringNew().run(() -> Workbook.<Workbook>findById(id).directorSummary = "First");

        stale.directorSummary = "Second";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.merge(stale)))
                .hasRootCauseInstanceOf(org.hibernate.StaleObjectStateException.class)
                .satisfies(e -> assertThat(e).hasStackTraceContaining("OptimisticLock"));
    }

    @Test
    void reportsAConflictInsteadOfOverwritingAndWritesTheAuditTrail() {
        WorkbookSummary workbook = workbooks.createOrResume("E06000001", "2021-22");
        long version = workbooks.step(workbook.id(), "spend-per-head").version();
        List<AnswerInput> first = List.of(new AnswerInput("age-band-difference", "First text", null, List.of()));
        List<AnswerInput> second = List.of(new AnswerInput("age-band-difference", "Second text", null, List.of()));

        assertThat(answers.save(workbook.id(), "spend-per-head", version, first))
                .isInstanceOf(SaveOutcome.Saved.class);
        SaveOutcome outcome = answers.save(workbook.id(), "spend-per-head", version, second);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Conflict.class,
                        conflict -> assertThat(conflict.answers())
                                .singleElement()
                                .satisfies(c -> assertThat(c.saved().text()).isEqualTo("First text")));
        assertThat(workbooks
                        .step(workbook.id(), "spend-per-head")
                        .answer("age-band-difference")
                        .text())
                .isEqualTo("First text");
        assertThat(workbooks.step(workbook.id(), "spend-per-head").status()).isEqualTo(StepProgress.Status.IN_PROGRESS);
        assertThat(workbooks.auditTrail(workbook.id())).anySatisfy(entry -> {
            assertThat(entry.what).isEqualTo("Answer[age-band-difference].text");
            assertThat(entry.newValue).isEqualTo("First text");
            assertThat(entry.who).isEqualTo("anonymous");
        });
    }
}
