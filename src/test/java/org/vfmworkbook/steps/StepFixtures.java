package org.vfmworkbook.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Reads test fixtures against the shipped metric and caveat catalogues. */
final class StepFixtures {

    static final Path VALID = Path.of("src/test/resources/steps/valid");
    static final Path INVALID = Path.of("src/test/resources/steps/invalid");

    private StepFixtures() {}

    static KnownReferences shippedReferences() {
        try {
            return new KnownReferences(
                    KnownReferences.readMetrics(ShippedStepsTest.SHIPPED.resolve("metrics.yaml")),
                    ShippedStepsTest.shipped().caveats());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem in one file on its own: structure first, then (if it reads) meaning. */
    static List<StepProblem> problemsIn(Path file) {
        StepYaml.Parsed<StepDefinition> parsed = StepLoader.readStep(file);
        if (!parsed.ok()) return parsed.problems();
        return new StepValidator(shippedReferences())
                .validateStep(file.getFileName().toString(), parsed.value());
    }

    static StepDefinition read(Path file) {
        StepYaml.Parsed<StepDefinition> parsed = StepLoader.readStep(file);
        if (!parsed.ok()) throw new AssertionError(parsed.problems().toString());
        return parsed.value();
    }
}
