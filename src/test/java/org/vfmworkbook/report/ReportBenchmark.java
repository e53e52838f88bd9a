package org.vfmworkbook.report;

import static org.vfmworkbook.testing.Api.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Not a test (the name keeps it out of the suite): run by {@code bench/report-bench.sh}. Times the PDFs of a fully
 * answered workbook over HTTP, cold and warm, and eight at once, and prints the process's resident memory. The app
 * runs in this JVM, so RSS includes the test framework: an upper bound for the app alone.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class ReportBenchmark {

    private static final int WARM_RUNS = 5;

    record Run(long millis, int bytes) {}

    private static Run fetch(String audience) {
        long start = System.nanoTime();
        byte[] pdf = given().queryParam("audience", audience)
                .get("/workbooks/{id}/report.pdf", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        return new Run((System.nanoTime() - start) / 1_000_000, pdf.length);
    }

    @Test
    void timesTheReport() throws Exception {
        System.out.println("BENCH rss-before-mb " + rssMb());
        for (String audience : List.of("full", "members")) {
            Run cold = fetch(audience);
            System.out.printf("BENCH %-7s cold %5d ms %8d bytes%n", audience, cold.millis(), cold.bytes());
            List<Long> warm = new ArrayList<>();
            Run last = cold;
            for (int i = 0; i < WARM_RUNS; i++) {
                last = fetch(audience);
                warm.add(last.millis());
            }
            warm.sort(Long::compare);
            System.out.printf(
                    "BENCH %-7s warm %5d ms (median of %d; fastest %d ms) %8d bytes%n",
                    audience, warm.get(warm.size() / 2), WARM_RUNS, warm.get(0), last.bytes());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long peak = 0;
        long start = System.nanoTime();
        List<Future<Run>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(pool.submit(() -> fetch("full")));
        }
        while (runs.stream().anyMatch(f -> !f.isDone())) {
            peak = Math.max(peak, rssMb());
            Thread.sleep(20);
        }
        long slowest = 0;
        for (Future<Run> run : runs) {
            slowest = Math.max(slowest, run.get().millis());
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        pool.shutdown();
        System.out.printf(
                "BENCH 8-at-once full: all done in %d ms (slowest request %d ms; %.1f reports/s)%n",
                wall, slowest, 8000.0 / wall);
        System.out.println("BENCH rss-peak-during-8-mb " + Math.max(peak, rssMb()));
    }

    /** Resident set size of this JVM from /proc (Linux). */
    private static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
