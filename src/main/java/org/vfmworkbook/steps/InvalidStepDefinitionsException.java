package org.vfmworkbook.steps;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when any step file is invalid, listing every problem, so the app refuses to start. */
public class InvalidStepDefinitionsException extends RuntimeException {
    private final List<StepProblem> problems;

    public InvalidStepDefinitionsException(List<StepProblem> problems) {
        super(problems.size() + " problem(s) in the step definitions:\n"
                + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<StepProblem> problems() {
        return problems;
    }
}
