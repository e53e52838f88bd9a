package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.security.AccessMatrixOutcomes.DARLINGTON;
import static org.vfmworkbook.security.AccessMatrixOutcomes.KENT;
import static org.vfmworkbook.security.AccessMatrixOutcomes.SESSION_PERMISSIONS;
import static org.vfmworkbook.security.AccessMatrixOutcomes.SOUTH_EAST;
import static org.vfmworkbook.security.AccessMatrixOutcomes.WORKBOOK_PERMISSIONS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.peer.PeerSessions;
import org.vfmworkbook.peer.SessionAccess;
import org.vfmworkbook.peer.SessionAccessRules;
import org.vfmworkbook.testing.RawHttp;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.AnswerInput;
import org.vfmworkbook.workbook.AnswerService;
import org.vfmworkbook.workbook.WorkbookService;

/**
 * Drives every route the application has ({@link Routes#all()}), in every spelling of its path ({@link PathVariants}), as each kind
 * of person: the workbook routes against the person's own council's workbook, another council's unshared one, one shared with them
 * and one whose shares were withdrawn; the session routes as every relation to a session (facilitator, participant, withdrawn
 * participant, the region's other councils and peer reviewers, other regions, administrator). The canonical path must be answered
 * as {@link AccessRules} and {@link SessionAccessRules} say (denied is 404 for what the person may not read, 403 for what they may
 * read but not do, the sign-in page for someone not signed in); every other spelling must be redirected to it or refused. A leak is
 * an answer that lets through what the rules deny, or a page carrying a workbook's or session's content to someone who may not
 * read it. The test prints how many requests it made and how many leaks it found.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String HARTLEPOOL = "E06000001";
    private static final String YEAR = "2021-22";
    private static final String STEP = "spend-per-head";
    private static final String SESSION_TITLE = "Matrix session";
    /** Someone making requests; {@code user} is null for someone not signed in, whose session carries only a CSRF token. */
    record Person(String name, Role role, String council, boolean canSignOff, SignIn.SignedIn session, User user) {

        static Person signedIn(String name, Role role, String council, boolean canSignOff) {
            SignIn.SignedIn session = SignIn.as(role, council, canSignOff);
            return new Person(
                    name,
                    role,
                    council,
                    canSignOff,
                    session,
                    Arc.container()
                            .instance(Accounts.class)
                            .get()
                            .activeUser(session.username())
                            .orElseThrow());
        }

        static Person nobody() {
            return new Person(
                    "nobody signed in",
                    null,
                    null,
                    false,
                    new SignIn.SignedIn(null, null, SignIn.newCsrfToken()),
                    null);
        }

        /** A new session of the same kind, for signing out without ending the one the matrix goes on using. */
        SignIn.SignedIn freshSession() {
            return user == null ? session : SignIn.as(role, council, canSignOff);
        }
    }

    /** A workbook the matrix reads and changes, with a sentence in its answers that must appear only to those who may read it. */
    record Target(String name, long id, String marker) {}

    private static final Map<String, AccessMatrixOutcomes.Tally> TALLIES = new LinkedHashMap<>();
    private static List<Person> people;
    private static List<Target> targets;

    @BeforeEach
    void givenPeopleAndWorkbooks() {
        if (people != null) {
            return;
        }
        people = List.of(
                Person.signedIn("administrator", Role.ADMINISTRATOR, null, false),
                Person.signedIn("Kent editor who signs off", Role.COUNCIL_EDITOR, KENT, true),
                Person.signedIn("Kent editor", Role.COUNCIL_EDITOR, KENT, false),
                Person.signedIn("Kent viewer", Role.COUNCIL_VIEWER, KENT, false),
                Person.signedIn("South East peer reviewer", Role.PEER_REVIEWER, KENT, false),
                Person.signedIn("North East peer reviewer", Role.PEER_REVIEWER, HARTLEPOOL, false),
                Person.nobody());
        Person hampshireEditor = Person.signedIn("Hampshire editor", Role.COUNCIL_EDITOR, "E10000014", false);
        Person eastSussexEditor = Person.signedIn("East Sussex editor", Role.COUNCIL_EDITOR, "E10000011", false);
        WorkbookSharing sharing =
                Arc.container().instance(WorkbookSharing.class).get();
        String kentViewer = people.get(3).session().username();
        targets = List.of(
                target("own", KENT),
                target("other council, unshared", "E10000030"),
                target("other council, shared", "E10000014"),
                target("other council, share withdrawn", "E10000011"));
        long shared = targets.get(2).id();
        sharing.shareWithUser(shared, hampshireEditor.user(), kentViewer);
        sharing.shareWithRegion(shared, hampshireEditor.user(), SOUTH_EAST);
        long withdrawn = targets.get(3).id();
        List<WorkbookShare> shares = List.of(
                sharing.shareWithUser(withdrawn, eastSussexEditor.user(), kentViewer),
                sharing.shareWithRegion(withdrawn, eastSussexEditor.user(), SOUTH_EAST));
        shares.forEach(share -> sharing.withdraw(withdrawn, share.id, eastSussexEditor.user()));
    }

    private static Target target(String name, String council) {
        long id = Arc.container()
                .instance(WorkbookService.class)
                .get()
                .createOrResume(council, YEAR)
                .id();
        return new Target(name, id, answer(id, "Matrix marker " + council + " " + System.nanoTime()));
    }

    /** Saves step 1's drivers-of-spend answer; returns it. */
    private static String answer(long workbook, String text) {
        long version = Arc.container()
                .instance(WorkbookService.class)
                .get()
                .step(workbook, STEP)
                .version();
        Arc.container()
                .instance(AnswerService.class)
                .get()
                .save(workbook, STEP, version, List.of(new AnswerInput("drivers-of-spend", text, null, List.of())));
        return text;
    }

    @AfterAll
    static void printTheSizeOfTheMatrix() {
        TALLIES.forEach((part, tally) -> System.out.printf(
                "Access matrix, %s: %d routes, %d requests, %d leaks, %d wrong%n",
                part, tally.routes.size(), tally.requests, tally.leaks, tally.wrong.size()));
        System.out.printf(
                "Access matrix in all: %d requests, %d leaks%n",
                TALLIES.values().stream().mapToInt(t -> t.requests).sum(),
                TALLIES.values().stream().mapToInt(t -> t.leaks).sum());
    }

    /** Every route that is not a session's, as every person, against each workbook where the route names one. */
    @Test
    void everyRouteInEverySpellingAllowsAndDeniesAsTheRulesSay() {
        AccessMatrixOutcomes.Tally tally =
                TALLIES.computeIfAbsent("workbook and other routes", part -> new AccessMatrixOutcomes.Tally());
        WorkbookSharing sharing =
                Arc.container().instance(WorkbookSharing.class).get();
        for (Routes.Route route : Routes.all()) {
            Permission needs = RouteMatrix.ROUTES.get(route.key());
            if (SESSION_PERMISSIONS.contains(needs)) {
                continue;
            }
            tally.routes.add(route.key());
            List<Target> against = WORKBOOK_PERMISSIONS.contains(needs) ? targets : targets.subList(0, 1);
            for (Target workbook : against) {
                String path = fill(route.template(), Map.of("id", idFor(route.template(), workbook)));
                WorkbookAccess access = sharing.accessFor(workbook.id()).orElseThrow();
                for (Person who : people) {
                    AccessMatrixOutcomes.Outcome expected = AccessMatrixOutcomes.expected(needs, who.user(), access);
                    SignIn.SignedIn session = route.key().equals("POST /sign-out") ? who.freshSession() : who.session();
                    drive(
                            tally,
                            route,
                            path,
                            who.name() + " (" + workbook.name() + ")",
                            session,
                            form(needs),
                            expected,
                            body -> leakedMarker(body, who.user(), sharing));
                }
            }
        }
        assertThat(tally.wrong).isEmpty();
        assertThat(tally.leaks).isZero();
    }

    /**
     * Every session route as every relation to a North East session that Darlington has joined and Hartlepool has left: who may
     * not see it gets 404 and nothing of it, who sees it but may not make the change 403; a withdrawn council's answers appear to
     * nobody.
     */
    @Test
    void everySessionRouteInEverySpellingAllowsAndDeniesAsTheSessionRulesSay() {
        AccessMatrixOutcomes.Tally tally =
                TALLIES.computeIfAbsent("session routes", part -> new AccessMatrixOutcomes.Tally());
        List<Person> relations = List.of(
                Person.signedIn("facilitator", Role.PEER_REVIEWER, "E06000002", false),
                Person.signedIn("peer reviewer of the region", Role.PEER_REVIEWER, "E08000024", false),
                Person.signedIn("peer reviewer of another region", Role.PEER_REVIEWER, KENT, false),
                Person.signedIn("participant's editor", Role.COUNCIL_EDITOR, DARLINGTON, false),
                Person.signedIn("participant's viewer", Role.COUNCIL_VIEWER, DARLINGTON, false),
                Person.signedIn("withdrawn participant's editor", Role.COUNCIL_EDITOR, HARTLEPOOL, false),
                Person.signedIn(
                        "editor of the region's council not taking part", Role.COUNCIL_EDITOR, "E06000004", false),
                Person.signedIn("editor of another region's council", Role.COUNCIL_EDITOR, KENT, false),
                Person.signedIn("administrator", Role.ADMINISTRATOR, null, false),
                Person.nobody());
        PeerSessions peer = Arc.container().instance(PeerSessions.class).get();
        WorkbookService workbooks =
                Arc.container().instance(WorkbookService.class).get();
        long darlington = workbooks.createOrResume(DARLINGTON, YEAR).id();
        long hartlepool = workbooks.createOrResume(HARTLEPOOL, YEAR).id();
        String darlingtonMarker = answer(darlington, "Matrix marker Darlington " + System.nanoTime());
        String withdrawnMarker = answer(hartlepool, "Matrix marker Hartlepool " + System.nanoTime());
        long session = peer.create(
                NORTH_EAST, YEAR, SESSION_TITLE, relations.get(0).session().username(), false);
        peer.join(session, darlington);
        peer.join(session, hartlepool);
        peer.withdraw(session, hartlepool);
        String participant = RawHttp.send(
                        "GET",
                        "/peer-sessions/" + session + "/steps/" + STEP,
                        relations.get(0).session(),
                        null)
                .body()
                .replaceAll("(?s).*id=\"participant-(\\d+)\".*", "$1");
        long comment = peer.challenge(
                session,
                Long.parseLong(participant),
                STEP,
                relations.get(0).session().username(),
                "A challenge");
        String form = "participant=" + participant + "&workbook=" + darlington + "&step=" + STEP + "&challenge-to-"
                + participant + "=Matrix+challenge&reply-" + comment
                + "=Matrix+reply&notes=Matrix+notes&what=Matrix+follow-up&owner=Someone";

        for (Routes.Route route : Routes.all()) {
            Permission needs = RouteMatrix.ROUTES.get(route.key());
            if (!SESSION_PERMISSIONS.contains(needs)) {
                continue;
            }
            tally.routes.add(route.key());
            String path = fill(
                    route.template(),
                    Map.of(
                            "id",
                            String.valueOf(session),
                            "workbookId",
                            String.valueOf(darlington),
                            "commentId",
                            String.valueOf(comment)));
            for (Person who : relations) {
                SessionAccess access = peer.accessFor(session).orElseThrow();
                boolean sees = SessionAccessRules.canSee(who.user(), access);
                AccessMatrixOutcomes.Outcome expected =
                        AccessMatrixOutcomes.expectedInSession(needs, who.user(), access);
                drive(
                        tally,
                        route,
                        path,
                        who.name(),
                        who.session(),
                        form,
                        expected,
                        body -> body.contains(withdrawnMarker)
                                ? "a withdrawn council's answer"
                                : !sees && body.contains(SESSION_TITLE)
                                        ? "the session's title"
                                        : !sees
                                                        && !who.name().startsWith("participant")
                                                        && body.contains(darlingtonMarker)
                                                ? "a participant's answer"
                                                : null);
                peer.join(session, darlington); // after an allowed withdrawal, Darlington takes part again
            }
        }
        assertThat(tally.wrong).isEmpty();
        assertThat(tally.leaks).isZero();
    }

    /** Sends the route in every spelling, judges each answer and counts it. */
    private static void drive(
            AccessMatrixOutcomes.Tally tally,
            Routes.Route route,
            String path,
            String who,
            SignIn.SignedIn session,
            String form,
            AccessMatrixOutcomes.Outcome expected,
            Function<String, String> leakInBody) {
        for (PathVariants variant : PathVariants.spellings()) {
            String spelt = variant.of(path);
            if (spelt == null) {
                continue;
            }
            RawHttp.Reply reply = RawHttp.send(route.verb(), spelt, session, "GET".equals(route.verb()) ? null : form);
            String situation = who + " " + route.verb() + " " + spelt + " [" + variant + "]";
            boolean[] leak = {false};
            String wrong = variant == PathVariants.CANONICAL
                    ? AccessMatrixOutcomes.judge(expected, reply, leak)
                    : variant.wrongAnswer(route.verb(), path, reply, leak);
            String leaked = leakInBody.apply(reply.body());
            tally.record(situation, leaked != null ? "body holds " + leaked : wrong, leak[0] || leaked != null);
        }
    }

    /** Which workbook's sentence, if any, a body shows to someone who may not read that workbook. */
    private static String leakedMarker(String body, User user, WorkbookSharing sharing) {
        for (Target target : targets) {
            if (body.contains(target.marker())
                    && !AccessRules.canReadWorkbook(
                            user, sharing.accessFor(target.id()).orElseThrow())) {
                return "the answers of the workbook " + target.name();
            }
        }
        return null;
    }

    /** The form every POST of a route with this permission sends: enough to pass the checks, never enough to sign off. */
    private static String form(Permission needs) {
        return switch (needs) {
            case CREATE_WORKBOOK -> "council=" + KENT + "&year=" + YEAR;
            case START_SESSION -> "title=Matrix+start&region=" + SOUTH_EAST + "&year=" + YEAR + "&councils=named";
            default -> "version=999999";
        };
    }

    private static String idFor(String template, Target workbook) {
        if (template.startsWith("/admin/")) {
            return "999999";
        }
        return template.startsWith("/api/steps/") ? STEP : String.valueOf(workbook.id());
    }

    /** The template with its parameters filled in: every other parameter gets a value that names something real. */
    private static String fill(String template, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "stepId",
                STEP,
                "actionId",
                "999999",
                "comparisonId",
                "no-such-comparison",
                "shareId",
                "999999",
                "followUpId",
                "999999",
                "metricId",
                "gce-per-adult",
                "provider",
                "stub",
                "document: report\\.pdf|report\\.csv|report",
                "report"));
        all.put("code", template.startsWith("/regions") ? SOUTH_EAST : KENT);
        all.putAll(values);
        String path = template;
        for (Map.Entry<String, String> value : all.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        assertThat(path).as("every parameter of " + template + " filled").doesNotContain("{");
        return path;
    }

    @Test
    void onlyACouncilsOwnEditorCreatesItsWorkbook() {
        for (Person who : people.subList(0, people.size() - 1)) {
            int status = who.session()
                    .form()
                    .formParam("council", KENT)
                    .formParam("year", YEAR)
                    .post("/workbooks")
                    .statusCode();
            assertThat(status).as(who.name()).isEqualTo(who.role() == Role.COUNCIL_EDITOR ? 303 : 403);
        }
        assertThat(people.get(1)
                        .session()
                        .form()
                        .formParam("council", "E10000030")
                        .formParam("year", YEAR)
                        .post("/workbooks")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void changesAreRecordedAgainstTheSignedInUser() {
        long own = targets.get(0).id();
        SignIn.SignedIn editor = people.get(1).session();
        editor.form()
                .formParam("director-summary", "Spending is in line with our neighbours.")
                .post("/workbooks/" + own + "/summary");

        WorkbookService service =
                Arc.container().instance(WorkbookService.class).get();
        assertThat(service.auditTrail(own)).extracting(entry -> entry.who).contains(editor.username());
        assertThat(service.auditTrail(targets.get(2).id()))
                .extracting(entry -> entry.what)
                .contains("WorkbookShare");
    }
}
