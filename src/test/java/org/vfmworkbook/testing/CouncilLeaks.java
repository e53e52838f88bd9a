package org.vfmworkbook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.regex.Pattern;

import org.vfmworkbook.nationaldata.CouncilRecord;

/** Searches an anonymised output (page, CSV, PDF text) for every council's name and code but the viewer's own. */
public final class CouncilLeaks {

    private CouncilLeaks() {}

    /** @param own the council that may be named, or null when none may */
    public static void assertNamesNoCouncilBut(String output, Collection<CouncilRecord> councils, String own) {
        for (CouncilRecord council : councils) {
            if (council.code().equals(own)) {
                continue;
            }
            assertThat(output)
                    .as("leaks %s", council.name())
                    .doesNotContainPattern("(?<![A-Za-z])" + Pattern.quote(council.name()) + "(?![A-Za-z])");
            assertThat(output).as("leaks %s", council.code()).doesNotContain(council.code());
        }
    }
}
