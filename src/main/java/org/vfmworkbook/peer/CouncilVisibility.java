package org.vfmworkbook.peer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.vfmworkbook.security.User;

/**
 * Which of a region's councils one person sees named, from the councils' release stages ({@link ReleaseRules}). Built by
 * {@link CouncilReleases#visibility}; a council with no stage recorded is unreleased.
 */
public record CouncilVisibility(User viewer, String regionCode, Map<String, ReleaseStage> stages) {

    public CouncilVisibility {
        stages = Map.copyOf(stages);
    }

    public boolean named(String council) {
        return ReleaseRules.namedTo(viewer, council, regionCode, stages.getOrDefault(council, ReleaseStage.UNRELEASED));
    }

    /** The person's own council, named even in an anonymised view; null for anyone not a council's editor or viewer. */
    public String ownCouncil() {
        return SessionAccessRules.ownCouncilShownByName(viewer);
    }

    /** The councils shown by name: anonymised, only the person's own; otherwise those released to them. */
    public Set<String> namedAmong(Collection<String> councils, boolean anonymised) {
        return councils.stream()
                .filter(code -> anonymised ? code.equals(ownCouncil()) : named(code))
                .collect(Collectors.toSet());
    }

    /** Whether some of these councils are shown as letters, which then need a seed to draw them. */
    public boolean needsLetters(Collection<String> councils, boolean anonymised) {
        return !namedAmong(councils, anonymised).containsAll(councils);
    }
}
