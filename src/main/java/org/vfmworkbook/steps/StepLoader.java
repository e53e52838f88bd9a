package org.vfmworkbook.steps;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.vfmworkbook.metrics.MetricCatalogue;

/**
 * Reads a steps folder: {@code metrics.yaml} and {@code caveats.yaml} (what steps may refer to) and every other
 * {@code *.yaml} as a step, then validates the lot. Works on a directory or on the {@code steps/} folder on the
 * classpath, whether that is a directory (tests, dev mode) or inside a jar (packaged app).
 */
public final class StepLoader {

    public static final String FOLDER = "steps";
    static final String METRICS_FILE = "metrics.yaml";
    static final String CAVEATS_FILE = "caveats.yaml";

    private StepLoader() {}

    /**
     * Loads and validates the {@code steps/} folder on the classpath. The folder is found through its
     * {@code metrics.yaml}, because test resources (fixtures under {@code steps/valid}, {@code steps/invalid})
     * also add a {@code steps/} directory to the classpath.
     */
    public static LoadedSteps loadFromClasspath() {
        String marker = FOLDER + "/" + METRICS_FILE;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(marker);
        if (url == null) url = StepLoader.class.getClassLoader().getResource(marker);
        if (url == null) throw new IllegalStateException("No " + marker + " on the classpath");
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the steps folder at " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            return loadFromJar(uri);
        }
        if (!"file".equals(uri.getScheme())) {
            throw new IllegalStateException("Cannot list the steps folder at " + uri + " (scheme " + uri.getScheme()
                    + " is neither file nor jar)");
        }
        return load(Path.of(uri).getParent());
    }

    private static LoadedSteps loadFromJar(URI uri) {
        String entry = uri.toString().substring(uri.toString().indexOf("!/") + 1);
        try {
            FileSystem jar = FileSystems.newFileSystem(uri, Map.of());
            try (jar) {
                return load(jar.getPath(entry).getParent());
            }
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            return load(FileSystems.getFileSystem(uri).getPath(entry).getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the jar holding " + uri, e);
        }
    }

    /** Loads and validates a steps folder: structure first, then meaning; every problem is kept. */
    public static LoadedSteps load(Path folder) {
        List<StepProblem> problems = new ArrayList<>();

        List<Caveat> caveats = List.of();
        StepYaml.Parsed<CaveatFile> caveatFile = StepYaml.read(folder.resolve(CAVEATS_FILE), CaveatFile.class);
        problems.addAll(caveatFile.problems());
        if (caveatFile.ok()) caveats = caveatFile.value().caveats();

        KnownReferences references = new KnownReferences(
                readMetrics(folder.resolve(METRICS_FILE), problems),
                caveats.stream().filter(c -> c != null).toList());

        List<LoadedSteps.LoadedStep> steps = new ArrayList<>();
        for (Path file : stepFiles(folder)) {
            StepYaml.Parsed<StepDefinition> parsed = readStep(file);
            problems.addAll(parsed.problems());
            if (parsed.ok())
                steps.add(new LoadedSteps.LoadedStep(file.getFileName().toString(), parsed.value()));
        }

        StepValidator validator = new StepValidator(references);
        problems.addAll(validator.validateCaveats(CAVEATS_FILE, caveats));
        problems.addAll(validator.validateCatalogue(steps));
        steps.sort((a, b) -> Integer.compare(a.step().number(), b.step().number()));
        return new LoadedSteps(steps, caveats, problems);
    }

    /**
     * The metric catalogue, read strictly as the metrics package reads it, its own problems added to the list; null
     * when it cannot be read at all.
     */
    static MetricCatalogue readMetrics(Path file, List<StepProblem> problems) {
        StepYaml.Parsed<MetricCatalogue.File> parsed = StepYaml.read(file, MetricCatalogue.File.class);
        problems.addAll(parsed.problems());
        if (!parsed.ok()) return null;
        MetricCatalogue.problems(parsed.value().metrics()).stream()
                .map(problem -> new StepProblem(METRICS_FILE, "", StepProblemCode.INVALID_METRIC, problem))
                .forEach(problems::add);
        return MetricCatalogue.of(parsed.value().metrics());
    }

    /** Reads one step file strictly, without checking what it refers to. */
    static StepYaml.Parsed<StepDefinition> readStep(Path file) {
        return StepYaml.read(file, StepDefinition.class);
    }

    /** Every {@code *.yaml} in the folder except the metric and caveat catalogues, in name order. */
    static List<Path> stepFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".yaml") && !name.equals(METRICS_FILE) && !name.equals(CAVEATS_FILE);
                    })
                    .sorted((a, b) ->
                            a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the steps folder " + folder, e);
        }
    }
}
