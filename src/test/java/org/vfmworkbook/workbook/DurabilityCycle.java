package org.vfmworkbook.workbook;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vfmworkbook.testing.PackagedApp;
import org.vfmworkbook.testing.PageClient;

/**
 * Nothing acknowledged is lost: one editor saves a step's answers and adds an action through the pages, over and over, while
 * the packaged app is killed with SIGKILL; after a restart every answer holds the last value the app acknowledged (2xx or
 * 303), or the newer one that was in flight at the kill, and every acknowledged action is there. Run by
 * {@code SavesSurviveAKillIT} (three short rounds) and by {@code bench/durability.sh} (N rounds, with the figures).
 * Uses only the JDK.
 */
public final class DurabilityCycle implements AutoCloseable {

    static final String COUNCIL = "E06000010";
    private static final Pattern STEP_LINK = Pattern.compile("href=\"/workbooks/\\d+/steps/([a-z0-9-]+)\"");
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea\\b[^>]*\\bname=\"(answer-[^\"]+)\"[^>]*>([^<]*)</textarea>");
    private static final String ANSWERS_FORM = "id=\"answers-form\"";
    private static final String ACTION_FORM = "id=\"add-action-form\"";

    private final PackagedApp app;
    private final Duration saving;
    private Duration firstStart;
    private String workbook;
    private List<String> steps;
    private int rounds;
    /** Per "step field": the value the app last acknowledged (or, after a restart, the value found, if it was in flight). */
    private final Map<String, String> confirmed = new TreeMap<>();
    /** Per acknowledged action (its unique "what"): its step. */
    private final Map<String, String> confirmedActions = new LinkedHashMap<>();

    /**
     * What one round saw: saves acknowledged; then, after the kill and restart, every answer field's latest acknowledged value
     * and every action acknowledged so far checked, and those not found. Latencies: acknowledged requests only, in
     * microseconds, sorted.
     */
    public record Round(
            int number,
            int answerSaves,
            int actionAdds,
            int fields,
            List<String> lostFields,
            int actions,
            List<String> lostActions,
            long[] answerMicros,
            long[] actionMicros,
            Duration restart) {

        public int acknowledged() {
            return answerSaves + actionAdds;
        }

        public int checked() {
            return fields + actions;
        }

        public int lost() {
            return lostFields.size() + lostActions.size();
        }

        public String figures() {
            return String.format(
                    "DURABILITY round %d: saves acknowledged %d (%d answer saves, %d actions); after SIGKILL and"
                            + " restart (ready in %.1f s) found %d of %d (answer fields' latest values %d of %d, actions %d of %d),"
                            + " lost %d; answer save p50 %s p99 %s, action add p50 %s p99 %s",
                    number,
                    acknowledged(),
                    answerSaves,
                    actionAdds,
                    restart.toMillis() / 1000.0,
                    checked() - lost(),
                    checked(),
                    fields - lostFields.size(),
                    fields,
                    actions - lostActions.size(),
                    actions,
                    lost(),
                    millis(answerMicros, 50),
                    millis(answerMicros, 99),
                    millis(actionMicros, 50),
                    millis(actionMicros, 99));
        }
    }

    private DurabilityCycle(PackagedApp app, Duration saving) {
        this.app = app;
        this.saving = saving;
    }

    /**
     * Starts the app on a fresh data directory, makes the first administrator and an editor through the pages and opens the
     * editor's workbook. {@code saving}: how long the client saves before each kill.
     */
    public static DurabilityCycle start(Path dataDir, Path log, List<String> jvmOptions, Duration saving)
            throws IOException, InterruptedException {
        DurabilityCycle cycle = new DurabilityCycle(PackagedApp.of(dataDir, log, jvmOptions), saving);
        try {
            cycle.firstStart = cycle.app.start();
            PageClient editor = new PageClient(cycle.app);
            editor.setUpAndSignInAsEditor(COUNCIL);
            cycle.workbook = editor.openWorkbook(COUNCIL);
            cycle.steps = STEP_LINK
                    .matcher(editor.page(cycle.workbook))
                    .results()
                    .map(m -> m.group(1))
                    .distinct()
                    .toList();
            if (cycle.steps.isEmpty()) {
                throw new IllegalStateException("the task list at " + cycle.workbook + " links to no step");
            }
            // computes the year's figures once (the first step page does) and checks the answers form can be read
            storedAnswers(editor.page(cycle.workbook + "/steps/" + cycle.steps.get(0)));
        } catch (IOException | InterruptedException | RuntimeException e) {
            cycle.close();
            throw e;
        }
        return cycle;
    }

    /** How long the first start took (it imports the shipped national data into an empty database). */
    public Duration firstStart() {
        return firstStart;
    }

    /** Saves for the set time while the app runs, kills it with SIGKILL, restarts it and reads everything back. */
    public Round round() throws IOException, InterruptedException {
        int number = ++rounds;
        PageClient client = new PageClient(app);
        client.signIn(PageClient.EDITOR);
        Saver saver = new Saver(client, number);
        Thread thread = new Thread(saver, "durability-saver");
        thread.start();
        thread.join(saving.toMillis());
        if (!thread.isAlive()) {
            throw new IllegalStateException("the client stopped saving before the kill", saver.failure);
        }
        app.kill();
        thread.join();
        if (saver.failure != null) {
            throw new IllegalStateException("an unexpected answer while saving", saver.failure);
        }
        Duration restart = app.start();
        PageClient reader = new PageClient(app);
        reader.signIn(PageClient.EDITOR);
        Map<String, String> pages = new HashMap<>();
        for (String step : steps) {
            pages.put(step, reader.page(workbook + "/steps/" + step));
        }
        List<String> lostFields = checkAnswers(pages, saver.pending);
        List<String> lostActions = checkActions(pages, saver.pendingAction);
        int actionsChecked = confirmedActions.size() + lostActions.size();
        return new Round(
                number,
                saver.answerSaves,
                saver.actionAdds,
                confirmed.size(),
                lostFields,
                actionsChecked,
                lostActions,
                sorted(saver.answerMicros),
                sorted(saver.actionMicros),
                restart);
    }

    /**
     * Every field must show its latest acknowledged value, or the value of the save in flight at the kill (which may have
     * been committed without its answer reaching the client). What is found becomes what the next round checks against.
     */
    private List<String> checkAnswers(Map<String, String> pages, Map<String, String> inFlight) {
        Map<String, Map<String, String>> stored = new HashMap<>();
        pages.forEach((step, html) -> stored.put(step, storedAnswers(html)));
        List<String> lost = new ArrayList<>();
        Set<String> fields = new TreeSet<>(confirmed.keySet());
        fields.addAll(inFlight.keySet());
        for (String field : fields) {
            String[] stepAndName = field.split(" ", 2);
            String found = stored.get(stepAndName[0]).get(stepAndName[1]);
            String acknowledged = confirmed.get(field);
            if (found != null && found.equals(inFlight.get(field))) {
                confirmed.put(field, found);
            } else if (acknowledged != null && !acknowledged.equals(found)) {
                lost.add(field + ": acknowledged \"" + acknowledged + "\", found \"" + found + "\"");
                confirmed.put(field, String.valueOf(found));
            }
        }
        return lost;
    }

    private List<String> checkActions(Map<String, String> pages, Map.Entry<String, String> inFlight) {
        if (inFlight != null && pages.get(inFlight.getValue()).contains(">" + inFlight.getKey() + "</h4>")) {
            confirmedActions.put(inFlight.getKey(), inFlight.getValue());
        }
        List<String> missing = confirmedActions.entrySet().stream()
                .filter(a -> !pages.get(a.getValue()).contains(">" + a.getKey() + "</h4>"))
                .map(Map.Entry::getKey)
                .toList();
        List<String> lost = missing.stream()
                .map(what -> confirmedActions.get(what) + ": action \"" + what + "\"")
                .toList();
        confirmedActions.keySet().removeAll(missing);
        return lost;
    }

    /** The answers form's text and choices as the page shows them, by field name. */
    static Map<String, String> storedAnswers(String html) {
        String form = PageClient.form(html, ANSWERS_FORM);
        Map<String, String> values = new HashMap<>();
        Matcher text = TEXTAREA.matcher(form);
        while (text.find()) {
            values.put(text.group(1), PageClient.unescape(text.group(2)).strip());
        }
        for (String input : PageClient.inputs(form)) {
            if (input.contains("type=\"radio\"") && input.contains(" checked")) {
                values.put(PageClient.attribute(input, "name"), PageClient.attribute(input, "value"));
            }
        }
        return values;
    }

    /** One editor saving answers and adding actions as fast as the app answers, until the app goes away. */
    private final class Saver implements Runnable {

        private final PageClient client;
        private final int round;
        /** Sent and not (yet) acknowledged: at the kill, the request that was in flight. */
        final Map<String, String> pending = new HashMap<>();

        Map.Entry<String, String> pendingAction;
        final List<Long> answerMicros = new ArrayList<>();
        final List<Long> actionMicros = new ArrayList<>();
        int answerSaves;
        int actionAdds;
        RuntimeException failure;

        Saver(PageClient client, int round) {
            this.client = client;
            this.round = round;
        }

        @Override
        public void run() {
            try {
                for (int n = 1; ; n++) {
                    String step = steps.get(n % steps.size());
                    String path = workbook + "/steps/" + step;
                    String html = client.page(path);
                    saveAnswers(step, path, html, n);
                    addAction(step, path, html, n);
                }
            } catch (IOException killed) {
                // the app is gone: what was in flight stays pending
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** Every text answer of the step gets a new value and every choice the next option; odd saves as the form, even as autosave. */
        private void saveAnswers(String step, String path, String html, int n)
                throws IOException, InterruptedException {
            String form = PageClient.form(html, ANSWERS_FORM);
            Map<String, String> fields = PageClient.hiddenFields(html, ANSWERS_FORM);
            Map<String, String> values = new LinkedHashMap<>();
            TEXTAREA.matcher(form)
                    .results()
                    .forEach(t -> values.put(t.group(1), "Round " + round + " save " + n + " " + t.group(1)));
            Map<String, List<String>> choices = new LinkedHashMap<>();
            for (String input : PageClient.inputs(form)) {
                if (input.contains("type=\"radio\"")) {
                    choices.computeIfAbsent(PageClient.attribute(input, "name"), k -> new ArrayList<>())
                            .add(PageClient.attribute(input, "value"));
                }
            }
            choices.forEach((name, options) -> values.put(name, options.get(n % options.size())));
            fields.putAll(values);
            boolean asForm = n % 2 == 1;
            if (asForm) {
                fields.put("next", "later");
            }
            pending.clear();
            values.forEach((name, value) -> pending.put(step + " " + name, value));
            long began = System.nanoTime();
            HttpResponse<String> response = client.post(path, path, fields, asForm ? "text/html" : "application/json");
            long micros = (System.nanoTime() - began) / 1000;
            boolean acknowledged = asForm ? response.statusCode() == 303 : response.statusCode() / 100 == 2;
            if (!acknowledged) {
                throw new IllegalStateException(
                        "saving " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            confirmed.putAll(pending);
            pending.clear();
            answerSaves++;
            answerMicros.add(micros);
        }

        private void addAction(String step, String path, String html, int n) throws IOException, InterruptedException {
            String what = "Round " + round + " action " + n + " for " + step;
            Map<String, String> fields = PageClient.hiddenFields(html, ACTION_FORM);
            fields.putAll(Map.of(
                    "action-what",
                    what,
                    "action-owner",
                    "Head of commissioning",
                    "action-due-day",
                    "31",
                    "action-due-month",
                    "3",
                    "action-due-year",
                    "2027",
                    "action-measure",
                    "The quarterly budget report"));
            pendingAction = Map.entry(what, step);
            long began = System.nanoTime();
            HttpResponse<String> response = client.post(path, path + "/actions", fields);
            long micros = (System.nanoTime() - began) / 1000;
            PageClient.expect(303, response, "adding an action on " + path);
            confirmedActions.put(what, step);
            pendingAction = null;
            actionAdds++;
            actionMicros.add(micros);
        }
    }

    @Override
    public void close() throws InterruptedException {
        app.stop();
    }

    static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** Nearest-rank percentile of sorted values (0 when there are none). */
    static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String millis(long[] sorted, int p) {
        return String.format("%.1f ms", percentile(sorted, p) / 1000.0);
    }

    /** {@code DurabilityCycle <work dir> <rounds> <seconds of saving a round> [JVM options for the app…]}: prints the figures. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println(
                    "usage: DurabilityCycle <work dir> <rounds> <seconds of saving a round> [JVM options for the app...]");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        Files.createDirectories(work.resolve("data"));
        int rounds = Integer.parseInt(args[1]);
        Duration saving = Duration.ofMillis((long) (Double.parseDouble(args[2]) * 1000));
        List<Round> done = new ArrayList<>();
        try (DurabilityCycle cycle = start(
                work.resolve("data"), work.resolve("app.log"), List.of(args).subList(3, args.length), saving)) {
            System.out.printf(
                    "app: %s, first start %.1f s, %d steps, %.1f s of saving a round%n",
                    cycle.app.jar(),
                    cycle.firstStart.toMillis() / 1000.0,
                    cycle.steps.size(),
                    saving.toMillis() / 1000.0);
            for (int r = 0; r < rounds; r++) {
                Round round = cycle.round();
                done.add(round);
                System.out.println(round.figures());
                round.lostFields().forEach(l -> System.out.println("  lost " + l));
                round.lostActions().forEach(l -> System.out.println("  lost " + l));
            }
        }
        System.out.println(summary(done));
        System.exit(done.stream().mapToInt(Round::lost).sum() == 0 ? 0 : 1);
    }

    /** The figures over all rounds (each loss is counted once: the next round checks against what was found). */
    static String summary(List<Round> rounds) {
        long[] answers = sorted(rounds.stream()
                .flatMap(r -> Arrays.stream(r.answerMicros()).boxed())
                .toList());
        long[] actions = sorted(rounds.stream()
                .flatMap(r -> Arrays.stream(r.actionMicros()).boxed())
                .toList());
        int checked = rounds.stream().mapToInt(Round::checked).sum();
        int lost = rounds.stream().mapToInt(Round::lost).sum();
        return String.format(
                "DURABILITY rounds %d: saves acknowledged %d (%d answer saves, %d actions); checked after the"
                        + " restarts %d, found %d, lost %d; answer save p50 %s p99 %s (n=%d), action add p50 %s p99 %s (n=%d)",
                rounds.size(),
                rounds.stream().mapToInt(Round::acknowledged).sum(),
                rounds.stream().mapToInt(Round::answerSaves).sum(),
                rounds.stream().mapToInt(Round::actionAdds).sum(),
                checked,
                checked - lost,
                lost,
                millis(answers, 50),
                millis(answers, 99),
                answers.length,
                millis(actions, 50),
                millis(actions, 99),
                actions.length);
    }
}
