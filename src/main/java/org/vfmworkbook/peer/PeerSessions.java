package org.vfmworkbook.peer;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.security.User;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.web.NotFoundProblem;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.workbook.WorkbookService;
import org.vfmworkbook.workbook.WorkbookSummary;

/**
 * Peer-challenge sessions: create, join by sharing a workbook, withdraw, challenge, reply, notes, follow-ups; and what the
 * access rules need to know about a session. Who may do each is decided before these run, by {@link SessionAccessCheck}.
 */
@ApplicationScoped
public class PeerSessions {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final WorkbookService workbooks;
    private final RegionalViews regional;
    private final StepCatalogue steps;

    PeerSessions(WorkbookService workbooks, RegionalViews regional, StepCatalogue steps) {
        this.workbooks = workbooks;
        this.regional = regional;
        this.steps = steps;
    }

    public record SessionSummary(
            long id, String title, String regionName, String year, int participants, String href) {}

    /** A session the user's council could join, with the council's workbooks for its year. */
    public record JoinableSession(
            long id, String title, String regionName, String year, String joinAction, List<RadioItem> workbooks) {
        public String formId() {
            return "join-session-" + id;
        }

        public String workbookField() {
            return "workbook";
        }
    }

    /** The sessions this person may see, newest first. */
    @Transactional
    public List<SessionSummary> visibleTo(User user) {
        return PeerSession.<PeerSession>newestFirst().stream()
                .filter(s -> SessionAccessRules.canSee(user, access(s)))
                .map(s -> new SessionSummary(
                        s.id,
                        s.title,
                        regional.region(s.regionCode).name(),
                        s.dataYear,
                        SessionParticipant.activeIn(s.id).size(),
                        "/peer-sessions/" + s.id))
                .toList();
    }

    /** Sessions of the user's region that the user's council has not joined and has a workbook for. */
    @Transactional
    public List<JoinableSession> joinableBy(User user) {
        return PeerSession.<PeerSession>newestFirst().stream()
                .filter(s -> SessionAccessRules.canJoin(user, access(s)) && !SessionAccessRules.canSee(user, access(s)))
                .map(s -> new JoinableSession(
                        s.id,
                        s.title,
                        regional.region(s.regionCode).name(),
                        s.dataYear,
                        "/peer-sessions/" + s.id + "/participants",
                        ownWorkbooks(user, s)))
                .filter(j -> !j.workbooks().isEmpty())
                .toList();
    }

    /** The user's own council's workbooks for the session's year that are not taking part, as choices. */
    List<RadioItem> ownWorkbooks(User user, PeerSession session) {
        if (!SessionAccessRules.canJoin(user, access(session))) {
            return List.of();
        }
        List<Long> taking = SessionParticipant.activeIn(session.id).stream()
                .map(p -> p.workbookId)
                .toList();
        return workbooks.list().stream()
                .filter(w -> w.dataYear().equals(session.dataYear) && user.belongsTo(w.councilCode()))
                .filter(w -> !taking.contains(w.id()))
                .map(w -> new RadioItem(String.valueOf(w.id()), w.title()))
                .toList();
    }

    @Transactional
    public long create(String regionCode, String year, String title, String facilitator, boolean anonymised) {
        Regions.Region region = regional.region(regionCode);
        PeerSession session = new PeerSession();
        session.regionCode = region.code();
        session.dataYear = regional.snapshot(year).year();
        session.title = title;
        session.facilitator = facilitator;
        session.anonymised = anonymised;
        session.labelSeed = Math.abs(SEEDS.nextLong());
        session.createdAt = Instant.now();
        session.persist();
        return session.id;
    }

    /** A council joins by sharing its workbook for the session's region and year; joining again after withdrawing rejoins. */
    @Transactional
    public void join(long sessionId, long workbookId) {
        PeerSession session = session(sessionId);
        WorkbookSummary workbook = workbooks.summary(workbookId);
        String region = regional.snapshot(session.dataYear)
                .council(workbook.councilCode())
                .map(c -> c.regionCode())
                .orElse(null);
        if (!session.regionCode.equals(region) || !session.dataYear.equals(workbook.dataYear())) {
            throw new IllegalArgumentException(
                    "Only a " + regional.region(session.regionCode).name() + " workbook for " + session.dataYear
                            + " can join this session");
        }
        SessionParticipant participant = SessionParticipant.find(sessionId, workbookId)
                .orElseGet(() -> {
                    SessionParticipant p = new SessionParticipant();
                    p.sessionId = sessionId;
                    p.workbookId = workbookId;
                    p.councilCode = workbook.councilCode();
                    return p;
                });
        participant.joinedAt = Instant.now();
        participant.withdrawnAt = null;
        participant.persist();
    }

    @Transactional
    public void withdraw(long sessionId, long workbookId) {
        SessionParticipant.find(sessionId, workbookId).ifPresent(p -> p.withdrawnAt = Instant.now());
    }

    /** A challenge to a participating council (given by its participant number, which says nothing about the council). */
    @Transactional
    public long challenge(long sessionId, long participantId, String stepId, String author, String text) {
        String council = activeCouncil(sessionId, participantId)
                .orElseThrow(() -> new NotFoundProblem("That council is not taking part in this session"));
        steps.byId(stepId);
        ChallengeComment comment = new ChallengeComment();
        comment.sessionId = sessionId;
        comment.councilCode = council;
        comment.stepId = stepId;
        comment.author = author;
        comment.text = text;
        comment.createdAt = Instant.now();
        comment.persist();
        return comment.id;
    }

    @Transactional
    public String reply(long sessionId, long commentId, String author, String text) {
        ChallengeComment challenge = challengeIn(sessionId, commentId)
                .orElseThrow(() -> new NotFoundProblem("No challenge " + commentId + " in this session"));
        requireParticipant(sessionId, challenge.councilCode);
        ChallengeComment reply = new ChallengeComment();
        reply.sessionId = sessionId;
        reply.councilCode = challenge.councilCode;
        reply.stepId = challenge.stepId;
        reply.replyTo = challenge.id;
        reply.author = author;
        reply.text = text;
        reply.createdAt = Instant.now();
        reply.persist();
        return challenge.stepId;
    }

    @Transactional
    public void saveNotes(long sessionId, String notes) {
        session(sessionId).notes = notes;
    }

    @Transactional
    public void addFollowUp(long sessionId, String what, String owner, LocalDate due) {
        session(sessionId);
        FollowUp followUp = new FollowUp();
        followUp.sessionId = sessionId;
        followUp.what = what;
        followUp.owner = owner;
        followUp.due = due;
        followUp.createdAt = Instant.now();
        followUp.persist();
    }

    /** What the access rules need to know about a session; empty when there is no such session. */
    @Transactional
    public Optional<SessionAccess> accessFor(long sessionId) {
        return Optional.ofNullable(PeerSession.<PeerSession>findById(sessionId)).map(PeerSessions::access);
    }

    /** The council of a workbook, for checking that a council joins with its own. */
    @Transactional
    public Optional<String> councilOfWorkbook(long workbookId) {
        try {
            return Optional.of(workbooks.summary(workbookId).councilCode());
        } catch (NotFoundProblem noSuchWorkbook) {
            return Optional.empty();
        }
    }

    @Transactional
    public Optional<String> councilOfParticipantWorkbook(long sessionId, long workbookId) {
        return SessionParticipant.find(sessionId, workbookId).map(p -> p.councilCode);
    }

    @Transactional
    public Optional<String> activeCouncil(long sessionId, long participantId) {
        SessionParticipant p = SessionParticipant.findById(participantId);
        return p == null || p.sessionId != sessionId || !p.active() ? Optional.empty() : Optional.of(p.councilCode);
    }

    @Transactional
    public Optional<String> councilChallenged(long sessionId, long commentId) {
        return challengeIn(sessionId, commentId).map(c -> c.councilCode);
    }

    private static Optional<ChallengeComment> challengeIn(long sessionId, long commentId) {
        ChallengeComment comment = ChallengeComment.findById(commentId);
        return comment == null || comment.sessionId != sessionId || comment.replyTo != null
                ? Optional.empty()
                : Optional.of(comment);
    }

    static SessionAccess access(PeerSession s) {
        return new SessionAccess(
                s.facilitator,
                s.regionCode,
                SessionParticipant.activeIn(s.id).stream()
                        .map(p -> p.councilCode)
                        .collect(Collectors.toSet()));
    }

    private void requireParticipant(long sessionId, String councilCode) {
        if (SessionParticipant.activeIn(sessionId).stream().noneMatch(p -> p.councilCode.equals(councilCode))) {
            throw new NotFoundProblem("That council is not taking part in this session");
        }
    }

    static PeerSession session(long id) {
        PeerSession session = PeerSession.findById(id);
        if (session == null) {
            throw new NotFoundProblem("No peer-challenge session " + id);
        }
        return session;
    }
}
