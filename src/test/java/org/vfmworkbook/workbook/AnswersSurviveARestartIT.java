package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vfmworkbook.testing.PackagedApp;
import org.vfmworkbook.testing.PageClient;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, run by maven-failsafe after {@code package}) keeps a
 * saved answer in its H2 file across a restart. Forms are posted back with every hidden field they carry (the version and the
 * CSRF token).
 */
class AnswersSurviveARestartIT {

    private static final String COUNCIL = "E06000010";
    private static final String STEP = "spend-per-head";
    private static final String ANSWER =
            "Residential care for older people drives our spend; checked against budget monitoring.";

    @TempDir
    Path dataDir;

    private PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void anAnswerSavedBeforeARestartIsShownAfterIt() throws Exception {
        app = PackagedApp.of(dataDir, Paths.get("target", "restart-it.log"));
        app.start();
        PageClient editor = new PageClient(app);
        editor.setUpAndSignInAsEditor(COUNCIL);
        String step = editor.openWorkbook(COUNCIL) + "/steps/" + STEP;
        saveAnAnswer(editor, step);

        app.stop();
        app.start();

        String html = editor.page(step);
        assertThat(html).contains(ANSWER).contains("value=\"amber\" checked");
    }

    private static void saveAnAnswer(PageClient editor, String step) throws Exception {
        Map<String, String> fields = PageClient.hiddenFields(editor.page(step), "id=\"answers-form\"");
        assertThat(fields).containsKey("version");
        fields.put("answer-judgement-choice", "amber");
        fields.put("answer-judgement", ANSWER);
        fields.put("next", "later");
        assertThat(editor.post(step, step, fields).statusCode()).isEqualTo(303);
    }
}
