package org.vfmworkbook.peer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.security.Accounts;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.security.User;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.workbook.SavedAnswer;
import org.vfmworkbook.workbook.StepState;
import org.vfmworkbook.workbook.WorkbookService;
import org.vfmworkbook.workbook.WorkbookState;

/**
 * What one person sees of a session: the session page, each step's page, and every step at once for the pack. Built from
 * active participants only. In an anonymised session councils (and the people who wrote) are labelled by letter, the
 * person's own council named, with the same letters in the charts, the positions and the pack.
 */
@ApplicationScoped
public class SessionViews {

    static final String A_PEER = "A peer";
    static final String A_PARTICIPANT = "A participant";

    private final PeerSessions sessions;
    private final RegionalViews regional;
    private final StepCatalogue steps;
    private final WorkbookService workbooks;
    private final Accounts accounts;
    private final CouncilReleases releases;

    SessionViews(
            PeerSessions sessions,
            RegionalViews regional,
            StepCatalogue steps,
            WorkbookService workbooks,
            Accounts accounts,
            CouncilReleases releases) {
        this.sessions = sessions;
        this.regional = regional;
        this.steps = steps;
        this.workbooks = workbooks;
        this.accounts = accounts;
        this.releases = releases;
    }

    /**
     * The name people know a writer by (their account's display name), not the username, which is an e-mail address; and the
     * council whose editor or viewer they are, if any, whose name theirs could give away.
     */
    private record Writer(String name, String memberOf) {}

    private Writer writer(String username) {
        // Without a display name the person is "A participant": a username is an e-mail address and is never shown.
        return accounts.findByUsername(username)
                .map(a -> new Writer(
                        a.displayName == null || a.displayName.isBlank() ? A_PARTICIPANT : a.displayName,
                        a.role == Role.COUNCIL_EDITOR || a.role == Role.COUNCIL_VIEWER ? a.councilCode : null))
                .orElse(new Writer(A_PARTICIPANT, null));
    }

    @Transactional
    public SessionView view(long sessionId, User user) {
        PeerSession s = PeerSessions.session(sessionId);
        SessionAccess access = PeerSessions.access(s);
        CouncilLabels labels = labels(s, releases.visibility(user, s.regionCode));
        List<SessionView.Participant> participants = SessionParticipant.activeIn(sessionId).stream()
                .sorted(Comparator.comparing((SessionParticipant p) -> p.councilCode, labels.order()))
                .map(p -> new SessionView.Participant(
                        sessionId,
                        p.id,
                        p.workbookId,
                        p.councilCode,
                        labels.label(p.councilCode),
                        SessionAccessRules.canWithdraw(user, access, p.councilCode)))
                .toList();
        List<SessionView.StepLink> stepLinks = steps.all().stream()
                .map(d -> new SessionView.StepLink(
                        d.number(), d.id(), d.title(), "/peer-sessions/" + sessionId + "/steps/" + d.id()))
                .toList();
        List<SessionView.FollowUpView> followUps = FollowUp.inSession(sessionId).stream()
                .map(f -> new SessionView.FollowUpView(f.what, f.owner, f.due == null ? "No date" : Fmt.date(f.due)))
                .toList();
        return new SessionView(
                s.id,
                s.title,
                s.regionCode,
                regional.region(s.regionCode).name(),
                s.dataYear,
                writer(s.facilitator).name(),
                s.notes,
                s.version,
                labels.anonymised(),
                labels.withheld(),
                SessionAccessRules.canFacilitate(user, access),
                participants,
                stepLinks,
                followUps,
                sessions.ownWorkbooks(user, s));
    }

    @Transactional
    public SessionView.StepView step(long sessionId, String stepId, User user) {
        StepDefinition step = steps.byId(stepId);
        return stepsOf(sessionId, user, List.of(step)).get(0);
    }

    /** Every step of the session, in step order, as the pack shows them. */
    @Transactional
    public List<SessionView.StepView> allSteps(long sessionId, User user) {
        return stepsOf(sessionId, user, steps.all());
    }

    private List<SessionView.StepView> stepsOf(long sessionId, User user, List<StepDefinition> wanted) {
        PeerSession s = PeerSessions.session(sessionId);
        SessionAccess access = PeerSessions.access(s);
        SessionView session = view(sessionId, user);
        CouncilVisibility visibility = releases.visibility(user, s.regionCode);
        CouncilLabels labels = labels(s, visibility);
        RegionalView region = regional.view(s.regionCode, s.dataYear, s.isAnonymised(), s.labelSeed(), visibility);
        Map<Long, WorkbookState> states = session.participants().stream()
                .collect(Collectors.toMap(SessionView.Participant::workbookId, p -> workbooks.state(p.workbookId())));
        List<ChallengeComment> comments = ChallengeComment.inSession(sessionId);
        List<SessionView.StepView> views = new ArrayList<>();
        for (StepDefinition step : wanted) {
            RegionalView.StepMeasures measures = region.steps().stream()
                    .filter(m -> m.number() == step.number())
                    .findFirst()
                    .orElse(new RegionalView.StepMeasures(step.number(), step.title(), step.question(), List.of()));
            List<ChallengeComment> onStep =
                    comments.stream().filter(c -> c.stepId.equals(step.id())).toList();
            List<SessionView.CouncilPosition> positions = new ArrayList<>();
            for (SessionView.Participant participant : session.participants()) {
                StepState state = states.get(participant.workbookId()).steps().stream()
                        .filter(st -> st.definition().id().equals(step.id()))
                        .findFirst()
                        .map(WorkbookState.Step::state)
                        .orElseThrow();
                String council = participant.councilCode();
                positions.add(new SessionView.CouncilPosition(
                        participant.participantId(),
                        council,
                        participant.label(),
                        judgement(step, state),
                        explanations(step, state),
                        threads(sessionId, onStep, council, participant.label(), labels),
                        SessionAccessRules.canChallenge(user, access, council),
                        SessionAccessRules.canReply(user, access, council)));
            }
            views.add(new SessionView.StepView(
                    session, step.number(), step.id(), step.title(), step.question(), measures, positions));
        }
        return views;
    }

    /** The session's letters: its own seed, for the councils anonymised or not released to this person. */
    private CouncilLabels labels(PeerSession s, CouncilVisibility visibility) {
        return regional.labels(
                regional.snapshot(s.dataYear), s.regionCode, s.isAnonymised(), s.labelSeed(), visibility);
    }

    private static String judgement(StepDefinition step, StepState state) {
        return step.questions().stream()
                .filter(q -> q.type() == QuestionType.RAG)
                .map(q -> state.answer(q.id()))
                .filter(a -> a != null && a.choice() != null && !a.choice().isBlank())
                .map(a -> a.choice().substring(0, 1).toUpperCase() + a.choice().substring(1))
                .findFirst()
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

    /**
     * The challenges to one council and its replies, each with its writer's display name. A writer's name could name a council, so
     * in an anonymised session challenges are from "A peer" and replies from the council's label; in a named one, so is a
     * challenge by a member of a council this person sees as a letter, and a reply from a council they see as a letter (ADR 0011).
     */
    private List<SessionView.Thread> threads(
            long sessionId,
            List<ChallengeComment> comments,
            String councilCode,
            String councilLabel,
            CouncilLabels labels) {
        Map<Long, List<ChallengeComment>> replies =
                comments.stream().filter(c -> c.replyTo != null).collect(Collectors.groupingBy(c -> c.replyTo));
        Map<String, Writer> writers = new java.util.HashMap<>(); // one account lookup per writer, not per comment
        java.util.function.Function<String, String> challenger = username -> {
            Writer w = writers.computeIfAbsent(username, this::writer);
            return labels.anonymised() || w.memberOf() != null && !labels.named(w.memberOf()) ? A_PEER : w.name();
        };
        java.util.function.Function<String, String> replier =
                username -> labels.anonymised() || !labels.named(councilCode)
                        ? councilLabel
                        : writers.computeIfAbsent(username, this::writer).name();
        return comments.stream()
                .filter(c -> c.replyTo == null && c.councilCode.equals(councilCode))
                .map(c -> new SessionView.Thread(
                        sessionId,
                        c.id,
                        challenger.apply(c.author),
                        c.text,
                        Fmt.dateTime(c.createdAt),
                        replies.getOrDefault(c.id, List.of()).stream()
                                .map(r -> new SessionView.Reply(
                                        replier.apply(r.author), r.text, Fmt.dateTime(r.createdAt)))
                                .toList()))
                .toList();
    }
}
