package org.vfmworkbook.nationaldata;

import java.util.List;
import java.util.stream.Collectors;

/** A file was rejected whole. Nothing of it was stored. Carries every problem found, not just the first. */
public class NationalDataImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public NationalDataImportException(List<ImportProblem> problems) {
        super("The file was rejected and nothing was imported:\n"
                + problems.stream().map(ImportProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
