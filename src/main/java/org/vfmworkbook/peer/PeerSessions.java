package org.vfmworkbook.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.NotFoundProblem;
import org.vfmworkbook.workbook.SavedAnswer;
import org.vfmworkbook.workbook.StepState;
import org.vfmworkbook.workbook.WorkbookContent;
import org.vfmworkbook.workbook.WorkbookService;
import org.vfmworkbook.workbook.WorkbookSummary;

/** Peer-challenge sessions: create, join by sharing a workbook, withdraw, challenge, reply, notes, follow-ups. */
@ApplicationScoped
public class PeerSessions {

    private final WorkbookService workbooks;
    private final RegionalViews regional;
    private final StepCatalogue steps;

    PeerSessions(WorkbookService workbooks, RegionalViews regional, StepCatalogue steps) {
        this.workbooks = workbooks;
        this.regional = regional;
        this.steps = steps;
    }

    public record SessionSummary(long id, String title, String regionName, String year, int participants, String href) {
    }

    @Transactional
    public List<SessionSummary> list() {
        return PeerSession.<PeerSession>newestFirst().stream().map(s -> new SessionSummary(s.id, s.title,
                regional.region(s.regionCode).name(), s.dataYear, SessionParticipant.activeIn(s.id).size(),
                "/peer-sessions/" + s.id)).toList();
    }

    @Transactional
    public long create(String regionCode, String year, String title, String facilitator) {
        Regions.Region region = regional.region(regionCode);
        PeerSession session = new PeerSession();
        session.regionCode = region.code();
        session.dataYear = regional.snapshot(year).year();
        session.title = title;
        session.facilitator = facilitator;
        session.createdAt = Instant.now();
        session.persist();
        return session.id;
    }

    /** A council joins by sharing its workbook for the session's region and year; joining again after withdrawing rejoins. */
    @Transactional
    public void join(long sessionId, long workbookId) {
        PeerSession session = session(sessionId);
        WorkbookSummary workbook = workbooks.summary(workbookId);
        String region = regional.snapshot(session.dataYear).council(workbook.councilCode())
                .map(c -> c.regionCode()).orElse(null);
        if (!session.regionCode.equals(region) || !session.dataYear.equals(workbook.dataYear())) {
            throw new IllegalArgumentException("Only a " + regional.region(session.regionCode).name() + " workbook for "
                    + session.dataYear + " can join this session");
        }
        SessionParticipant participant = SessionParticipant.find(sessionId, workbookId).orElseGet(() -> {
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

    @Transactional
    public void challenge(long sessionId, String councilCode, String stepId, String author, String text) {
        requireParticipant(sessionId, councilCode);
        steps.byId(stepId);
        ChallengeComment comment = new ChallengeComment();
        comment.sessionId = sessionId;
        comment.councilCode = councilCode;
        comment.stepId = stepId;
        comment.author = author;
        comment.text = text;
        comment.createdAt = Instant.now();
        comment.persist();
    }

    @Transactional
    public String reply(long sessionId, long commentId, String author, String text) {
        ChallengeComment challenge = ChallengeComment.findById(commentId);
        if (challenge == null || challenge.sessionId != sessionId) {
            throw new NotFoundProblem("No challenge " + commentId + " in this session");
        }
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

    @Transactional
    public SessionView view(long sessionId) {
        PeerSession s = session(sessionId);
        Map<String, String> names = councilNames(s);
        List<SessionView.Participant> participants = SessionParticipant.activeIn(sessionId).stream()
                .map(p -> new SessionView.Participant(sessionId, p.workbookId, p.councilCode, names.get(p.councilCode)))
                .sorted(java.util.Comparator.comparing(SessionView.Participant::councilName)).toList();
        List<SessionView.StepLink> stepLinks = steps.all().stream().map(d -> new SessionView.StepLink(d.number(), d.id(),
                d.title(), "/peer-sessions/" + sessionId + "/steps/" + d.id())).toList();
        List<SessionView.FollowUpView> followUps = FollowUp.inSession(sessionId).stream()
                .map(f -> new SessionView.FollowUpView(f.what, f.owner, f.due == null ? "No date" : Fmt.date(f.due)))
                .toList();
        return new SessionView(s.id, s.title, s.regionCode, regional.region(s.regionCode).name(), s.dataYear,
                s.facilitator, s.notes, s.version, participants, stepLinks, followUps);
    }

    @Transactional
    public SessionView.StepView step(long sessionId, String stepId) {
        SessionView session = view(sessionId);
        StepDefinition step = steps.byId(stepId);
        RegionalView region = regional.view(session.regionCode(), session.year(), null, null);
        RegionalView.StepMeasures measures = region.steps().stream().filter(m -> m.number() == step.number()).findFirst()
                .orElse(new RegionalView.StepMeasures(step.number(), step.title(), step.question(), List.of()));
        List<ChallengeComment> comments = ChallengeComment.forStep(sessionId, stepId);
        List<SessionView.CouncilPosition> positions = new ArrayList<>();
        for (SessionView.Participant participant : session.participants()) {
            WorkbookContent content = workbooks.content(participant.workbookId());
            StepState state = content.steps().stream().filter(st -> st.definition().id().equals(stepId)).findFirst()
                    .map(WorkbookContent.Step::state).orElseThrow();
            positions.add(new SessionView.CouncilPosition(participant.councilCode(), participant.councilName(),
                    judgement(step, state), explanations(step, state), threads(sessionId, comments, participant.councilCode())));
        }
        return new SessionView.StepView(session, step.number(), step.id(), step.title(), step.question(), measures,
                positions);
    }

    private static String judgement(StepDefinition step, StepState state) {
        return step.questions().stream().filter(q -> q.type() == QuestionType.RAG).map(q -> state.answer(q.id()))
                .filter(a -> a != null && a.choice() != null && !a.choice().isBlank())
                .map(a -> a.choice().substring(0, 1).toUpperCase() + a.choice().substring(1)).findFirst()
                .orElse("Not yet answered");
    }

    private static List<SessionView.Explanation> explanations(StepDefinition step, StepState state) {
        List<SessionView.Explanation> explanations = new ArrayList<>();
        for (ChallengeQuestion q : step.questions()) {
            if (q.type() == QuestionType.LONG_TEXT) {
                SavedAnswer a = state.answer(q.id());
                if (a != null && a.text() != null && !a.text().isBlank()) {
                    explanations.add(new SessionView.Explanation(q.text(), a.text()));
                }
            }
        }
        return explanations;
    }

    private static List<SessionView.Thread> threads(long sessionId, List<ChallengeComment> comments, String councilCode) {
        Map<Long, List<ChallengeComment>> replies = comments.stream().filter(c -> c.replyTo != null)
                .collect(Collectors.groupingBy(c -> c.replyTo));
        return comments.stream().filter(c -> c.replyTo == null && c.councilCode.equals(councilCode))
                .map(c -> new SessionView.Thread(sessionId, c.id, c.author, c.text, Fmt.dateTime(c.createdAt),
                        replies.getOrDefault(c.id, List.of()).stream()
                                .map(r -> new SessionView.Reply(r.author, r.text, Fmt.dateTime(r.createdAt))).toList()))
                .toList();
    }

    private void requireParticipant(long sessionId, String councilCode) {
        if (SessionParticipant.activeIn(sessionId).stream().noneMatch(p -> p.councilCode.equals(councilCode))) {
            throw new NotFoundProblem("Council " + councilCode + " is not taking part in this session");
        }
    }

    private Map<String, String> councilNames(PeerSession s) {
        return regional.councils(regional.snapshot(s.dataYear), s.regionCode).stream()
                .collect(Collectors.toMap(c -> c.code(), c -> c.name(), (a, b) -> a, java.util.HashMap::new));
    }

    PeerSession session(long id) {
        PeerSession session = PeerSession.findById(id);
        if (session == null) {
            throw new NotFoundProblem("No peer-challenge session " + id);
        }
        return session;
    }

}
