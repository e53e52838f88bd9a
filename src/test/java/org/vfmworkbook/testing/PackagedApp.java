package org.vfmworkbook.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, or the jar named by the system property
 * {@value #JAR_PROPERTY}) run as its own process on 127.0.0.1, a free port and a data directory of the caller's, as it is
 * deployed. The process inherits this one's environment, so a jar built for PostgreSQL finds {@code VFM_PG_URL} and the
 * rest. Uses only the JDK, so that {@code bench/} scripts can run it outside JUnit.
 */
public final class PackagedApp implements AutoCloseable {

    /** System property naming the jar to run (default {@code target/quarkus-app/quarkus-run.jar}). */
    public static final String JAR_PROPERTY = "vfm.it.jar";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final List<String> jvmOptions;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private PackagedApp(Path jar, Path dataDir, Path log, List<String> jvmOptions) throws IOException {
        this.jar = jar;
        this.dataDir = dataDir;
        this.log = log;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.port = freePort();
    }

    /** The jar the build (or {@value #JAR_PROPERTY}) names, writing its output to {@code log}. */
    public static PackagedApp of(Path dataDir, Path log, List<String> jvmOptions) throws IOException {
        Path jar = Paths.get(System.getProperty(JAR_PROPERTY, "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar.toAbsolutePath()
                    + ": build it with ./mvnw package (the *IT tests run after package in ./mvnw verify)");
        }
        return new PackagedApp(jar, dataDir, log, jvmOptions);
    }

    public static PackagedApp of(Path dataDir, Path log) throws IOException {
        return of(dataDir, log, List.of());
    }

    public int port() {
        return port;
    }

    public Path jar() {
        return jar;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the jar and waits until {@code /q/health/ready} answers 200. */
    public Duration start() throws IOException, InterruptedException {
        if (isRunning()) {
            throw new IllegalStateException("already running");
        }
        Instant began = Instant.now();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1", "-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment()
                .putAll(Map.of("VFM_DATA_DIR", dataDir.toString(), "QUARKUS_HTTP_PORT", String.valueOf(port)));
        process = builder.start();
        Instant deadline = began.plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return Duration.between(began, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The application was not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** What a command run of the jar printed and how it ended. */
    public record CommandRun(int exitCode, String output) {}

    /**
     * Runs the jar once as a command on the same data directory, e.g. {@code import ascfr-salt <file>}, while the web
     * app is stopped, and waits for it to end.
     */
    public CommandRun runCommand(String... args) throws IOException, InterruptedException {
        if (isRunning()) {
            throw new IllegalStateException("stop the application before running a command on its data");
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("VFM_DATA_DIR", dataDir.toString());
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!run.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            run.destroyForcibly().waitFor();
            throw new IllegalStateException("the command did not end within " + START_TIMEOUT + ": " + output);
        }
        Files.writeString(
                log, output, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new CommandRun(run.exitValue(), output);
    }

    /** Asks the application to stop (SIGTERM) and waits for it, as a service manager would. */
    public void stop() throws InterruptedException {
        if (isRunning()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Kills the application with SIGKILL (no shutdown hooks, nothing flushed), as a crash or the OOM killer would. */
    public void kill() throws InterruptedException {
        if (isRunning()) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
