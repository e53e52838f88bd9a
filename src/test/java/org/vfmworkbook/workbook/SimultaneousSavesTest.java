package org.vfmworkbook.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.workbook.WorkbookPagesTest.openWorkbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.vfmworkbook.testing.AsCouncilEditor;
import org.vfmworkbook.testing.WorkbookForms;

/**
 * Two people saving one step at the same moment, through the step form as a browser posts it (every field the page showed). Each answer
 * carries its own version: different answers of one step both save; the same answer saves once and the other person gets the conflict
 * page with both texts. Never a 500, never an acknowledged save overwritten.
 */
@QuarkusTest
@ExtendWith(AsCouncilEditor.Extension.class)
class SimultaneousSavesTest {

    private static final String STEP = "/steps/spend-per-head";
    private static final int PAIRS = 20;
    private static ExecutorService threads;

    @Inject
    WorkbookService workbooks;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    private static Map<String, String> formAsShown(long id) {
        return WorkbookForms.answersForm(given().get("/workbooks/" + id + STEP)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static Response post(long id, Map<String, String> fields) {
        return given().contentType(ContentType.URLENC)
                .redirects()
                .follow(false)
                .formParams(fields)
                .formParam("next", "check")
                .post("/workbooks/" + id + STEP);
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    /** Posts both at the same moment (the two threads meet at a barrier first); returns the two responses in order. */
    private static List<Response> simultaneously(long id, Map<String, String> first, Map<String, String> second)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Response> a = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return post(id, first);
        });
        Future<Response> b = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return post(id, second);
        });
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    private String saved(long id, String questionId) {
        SavedAnswer answer = workbooks.step(id, "spend-per-head").answer(questionId);
        return answer == null ? null : answer.text();
    }

    @Test
    void aColleaguesSaveOfAnotherAnswerInTheStepDoesNotStopMine() {
        long id = openWorkbook("E06000011");
        Map<String, String> mine = formAsShown(id);
        Map<String, String> theirs = formAsShown(id);
        post(id, with(theirs, "answer-drivers-of-spend", "Their drivers"))
                .then()
                .statusCode(303);

        post(id, with(mine, "answer-gross-versus-net", "My gross and net"))
                .then()
                .statusCode(303);

        assertThat(saved(id, "drivers-of-spend")).isEqualTo("Their drivers");
        assertThat(saved(id, "gross-versus-net")).isEqualTo("My gross and net");
    }

    @Test
    void simultaneousSavesOfDifferentAnswersOfOneStepBothSucceed() throws Exception {
        long id = openWorkbook("E06000012");
        List<Integer> statuses = new ArrayList<>();
        for (int pair = 1; pair <= PAIRS; pair++) {
            Map<String, String> shown = formAsShown(id);
            List<Response> both = simultaneously(
                    id,
                    with(shown, "answer-drivers-of-spend", "Drivers " + pair),
                    with(shown, "answer-gross-versus-net", "Gross and net " + pair));
            both.forEach(r -> statuses.add(r.statusCode()));
            assertThat(saved(id, "drivers-of-spend")).as("pair %d", pair).isEqualTo("Drivers " + pair);
            assertThat(saved(id, "gross-versus-net")).as("pair %d", pair).isEqualTo("Gross and net " + pair);
        }
        assertThat(statuses).hasSize(2 * PAIRS).containsOnly(303);
    }

    // H2 gives up on a lock after 2 seconds; PostgreSQL waits as long as it takes, so there this cannot happen
    @Test
    void aSaveThatCannotHaveTheWorkbookInTimeComesBackWithTheTextKeptToSaveAgain() throws Exception {
        Assumptions.assumeTrue(
                "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)));
        long id = openWorkbook("E06000019");
        Map<String, String> shown = formAsShown(id);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        Future<?> colleague =
                threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    Workbook.findById(id, LockModeType.PESSIMISTIC_WRITE);
                    locked.countDown();
                    try {
                        answered.await(
                                60, TimeUnit.SECONDS); // holds the workbook until the save below has been answered
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        Response busy = post(id, with(shown, "answer-drivers-of-spend", "Typed while the workbook was busy"));
        answered.countDown();
        colleague.get(60, TimeUnit.SECONDS);

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.asString())
                .contains("There is a problem")
                .contains("someone else was saving this workbook at the same moment")
                .contains(">Typed while the workbook was busy</textarea>");
        assertThat(saved(id, "drivers-of-spend")).isNull();
        post(id, WorkbookForms.answersForm(busy.asString())).then().statusCode(303);
        assertThat(saved(id, "drivers-of-spend")).isEqualTo("Typed while the workbook was busy");
    }

    @Test
    void simultaneousSavesOfTheSameAnswerSaveOneAndShowTheOtherTheConflictPage() throws Exception {
        long id = openWorkbook("E06000013");
        List<Integer> statuses = new ArrayList<>();
        for (int pair = 1; pair <= PAIRS; pair++) {
            Map<String, String> shown = formAsShown(id);
            String first = "First person's text " + pair;
            String second = "Second person's text " + pair;
            List<Response> both = simultaneously(
                    id, with(shown, "answer-drivers-of-spend", first), with(shown, "answer-drivers-of-spend", second));
            both.forEach(r -> statuses.add(r.statusCode()));
            assertThat(both)
                    .extracting(Response::statusCode)
                    .as("pair %d", pair)
                    .containsExactlyInAnyOrder(303, 409);

            Response won = both.get(0).statusCode() == 303 ? both.get(0) : both.get(1);
            Response lost = won == both.get(0) ? both.get(1) : both.get(0);
            String winner = won == both.get(0) ? first : second;
            String loser = won == both.get(0) ? second : first;
            assertThat(saved(id, "drivers-of-spend"))
                    .as("the acknowledged save is kept, pair %d", pair)
                    .isEqualTo(winner);
            String conflict = lost.asString();
            assertThat(conflict)
                    .contains("Someone else has changed this step")
                    .contains("Your text")
                    .contains(loser.replace("'", "&#39;"))
                    .contains("The saved text")
                    .contains(winner.replace("'", "&#39;"));
        }
        assertThat(statuses).doesNotContain(500);
    }
}
