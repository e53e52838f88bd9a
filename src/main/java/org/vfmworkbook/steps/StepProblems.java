package org.vfmworkbook.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Problems found in one file, with the checks every node shares. */
final class StepProblems {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    final List<StepProblem> list = new ArrayList<>();

    StepProblems(String file) {
        this.file = file;
    }

    void add(String path, StepProblemCode code, String detail) {
        list.add(new StepProblem(file, path, code, detail));
    }

    /** Reports a missing or blank value; true when it was missing, so the caller can skip further checks. */
    boolean required(String path, Object value) {
        boolean missing = value == null || (value instanceof String text && text.isBlank());
        if (missing) add(path, StepProblemCode.MISSING_FIELD, path);
        return missing;
    }

    void id(String path, String id) {
        if (!required(path, id) && !KEBAB_CASE.matcher(id).matches()) add(path, StepProblemCode.BAD_ID, id);
    }

    <T> void uniqueIds(String listPath, List<T> nodes, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String value = nodes.get(i) == null ? null : id.apply(nodes.get(i));
            if (value != null && !seen.add(value)) {
                add(
                        listPath + "[" + i + "]" + (nodes.get(i) instanceof String ? "" : ".id"),
                        StepProblemCode.DUPLICATE_ID,
                        value);
            }
        }
    }
}
