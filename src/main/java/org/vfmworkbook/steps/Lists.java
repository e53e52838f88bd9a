package org.vfmworkbook.steps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Absent lists in a step file read as empty; nulls inside are kept so the validator can report them. */
final class Lists {
    private Lists() {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
