package org.vfmworkbook.steps;

import java.util.List;

/** The shape of {@code steps/caveats.yaml}. */
record CaveatFile(List<Caveat> caveats) {
    CaveatFile {
        caveats = Lists.orEmpty(caveats);
    }
}
