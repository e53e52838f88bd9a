package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx or 303 means the data is on disk: the packaged app (run by maven-failsafe after {@code package}; a jar built for
 * PostgreSQL with {@code -Dvfm.it.jar=…}, as {@code .ci/run-postgres} does) is killed with SIGKILL three times while an editor
 * saves answers and adds actions in a loop, and after each restart every acknowledged save is found ({@link DurabilityCycle}).
 */
class SavesSurviveAKillIT {

    private static final int ROUNDS = 3;
    private static final Duration SAVING = Duration.ofSeconds(3);
    /** C1 only, as in the production settings (README): on two busy cores the app starts in about half the time. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    @TempDir
    Path dataDir;

    @Test
    void everySaveTheAppAcknowledgedIsFoundAfterItIsKilledAndRestarted() throws Exception {
        List<DurabilityCycle.Round> rounds = new ArrayList<>();
        try (DurabilityCycle cycle =
                DurabilityCycle.start(dataDir, Paths.get("target", "kill-it.log"), JVM_OPTIONS, SAVING)) {
            System.out.printf(
                    "DURABILITY first start (imports the national data) %.1f s%n",
                    cycle.firstStart().toMillis() / 1000.0);
            for (int r = 0; r < ROUNDS; r++) {
                DurabilityCycle.Round round = cycle.round();
                System.out.println(round.figures());
                rounds.add(round);
            }
        }
        System.out.println(DurabilityCycle.summary(rounds));

        for (DurabilityCycle.Round round : rounds) {
            assertThat(round.answerSaves())
                    .as("answer saves acknowledged in round " + round.number())
                    .isPositive();
            assertThat(round.actionAdds())
                    .as("actions acknowledged in round " + round.number())
                    .isPositive();
            assertThat(round.lostFields())
                    .as("answers acknowledged before the kill in round " + round.number())
                    .isEmpty();
            assertThat(round.lostActions())
                    .as("actions acknowledged before the kill in round " + round.number())
                    .isEmpty();
        }
    }
}
