package org.vfmworkbook.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads test fixtures against the shipped metric and caveat catalogues. */
final class StepFixtures {

    static final Path VALID = Path.of("src/test/resources/steps/valid");
    static final Path INVALID = Path.of("src/test/resources/steps/invalid");

    private StepFixtures() {}

    static KnownReferences shippedReferences() {
        List<StepProblem> problems = new ArrayList<>();
        KnownReferences references = new KnownReferences(
                StepLoader.readMetrics(ShippedStepsTest.SHIPPED.resolve("metrics.yaml"), problems),
                ShippedStepsTest.shipped().caveats());
        if (!problems.isEmpty()) throw new AssertionError(problems.toString());
        return references;
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
