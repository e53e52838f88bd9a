package org.vfmworkbook.peer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import org.vfmworkbook.security.User;
import org.vfmworkbook.workbook.StaleEditException;

/**
 * Councils' release stages (ADR 0011): what each person sees named, and a director's releases and withdrawals, each audited as a
 * {@link CouncilReleaseChange} in the same transaction.
 */
@ApplicationScoped
public class CouncilReleases {

    /**
     * A council's stage as its director's page shows it. {@code version} is what the form sends back: 0 while the council has no
     * row (never released), else the row's {@code @Version} + 1, so a first release moves it on too.
     */
    public record Status(String councilCode, ReleaseStage stage, long version, List<CouncilReleaseChange> history) {}

    private final Clock clock = Clock.systemUTC();

    /** What this person sees named among the region's councils. */
    @Transactional
    public CouncilVisibility visibility(User viewer, String regionCode) {
        Map<String, ReleaseStage> stages =
                CouncilRelease.all().stream().collect(Collectors.toMap(r -> r.councilCode, r -> r.stage));
        return new CouncilVisibility(viewer, regionCode, stages);
    }

    @Transactional
    public Status status(String councilCode) {
        return CouncilRelease.forCouncil(councilCode)
                .map(r -> new Status(councilCode, r.stage, r.version + 1, CouncilReleaseChange.forCouncil(councilCode)))
                .orElseGet(() -> new Status(councilCode, ReleaseStage.UNRELEASED, 0, List.of()));
    }

    /**
     * Moves the director's council to {@code stage} (a release when later, a withdrawal when earlier) and audits it; choosing the
     * current stage changes nothing.
     *
     * @param basedOnVersion the version the director's page showed; {@link StaleEditException} when the stage changed since
     * @return whether the stage changed
     */
    @Transactional
    public boolean change(User director, ReleaseStage stage, long basedOnVersion) {
        if (!ReleaseRules.isDirector(director)) {
            throw new ForbiddenException("Only a council's director releases its figures");
        }
        String council = director.councilCode();
        CouncilRelease release = CouncilRelease.forCouncil(council).orElse(null);
        long current = release == null ? 0 : release.version + 1;
        if (current != basedOnVersion) {
            throw new StaleEditException(
                    "Someone else changed your council's release since you opened this page. Check the stage "
                            + "below and choose again.");
        }
        ReleaseStage from = release == null ? ReleaseStage.UNRELEASED : release.stage;
        if (from == stage) {
            return false;
        }
        if (release == null) {
            release = new CouncilRelease();
            release.councilCode = council;
        }
        release.stage = stage;
        release.changedBy = director.username();
        release.changedAt = clock.instant();
        try {
            release.persistAndFlush();
        } catch (PersistenceException e) { // a newer version, or a first release saved at the same moment
            throw new StaleEditException(
                    "Someone else changed your council's release at the same moment. Check the stage below and "
                            + "choose again.");
        }
        CouncilReleaseChange change = new CouncilReleaseChange();
        change.councilCode = council;
        change.fromStage = from;
        change.toStage = stage;
        change.who = director.username();
        change.at = release.changedAt;
        change.persist();
        return true;
    }
}
