package org.vfmworkbook.steps;

import java.util.List;

/** What the loader found in a steps folder, and every problem with it (empty when all is well). */
public record LoadedSteps(List<LoadedStep> steps, List<Caveat> caveats, List<StepProblem> problems) {

    /** A step together with the file it came from. */
    public record LoadedStep(String file, StepDefinition step) {}

    public LoadedSteps {
        steps = List.copyOf(steps);
        caveats = List.copyOf(caveats);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
