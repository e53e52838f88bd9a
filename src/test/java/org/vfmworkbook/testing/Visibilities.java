package org.vfmworkbook.testing;

import java.util.Map;

import org.vfmworkbook.peer.CouncilVisibility;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.security.User;

/** What a person sees named, for tests that build views directly rather than through the pages. */
public final class Visibilities {

    private Visibilities() {}

    /** A director of one of the region's councils, who sees every council of the region named (ADR 0011). */
    public static CouncilVisibility aDirectorIn(String regionCode) {
        User director = new User(
                "director@example.gov.uk", "A director", Role.COUNCIL_EDITOR, "E00000000", regionCode, true, true);
        return new CouncilVisibility(director, regionCode, Map.of());
    }
}
