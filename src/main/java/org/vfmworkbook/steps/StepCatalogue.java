package org.vfmworkbook.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * The thirteen steps and their caveats, read from the classpath and validated once at start-up. Any problem
 * stops the app with {@link InvalidStepDefinitionsException}, which lists every one.
 */
@Startup
@ApplicationScoped
public class StepCatalogue {

    private final List<StepDefinition> steps;
    private final Map<String, StepDefinition> stepsById;
    private final Map<String, Caveat> caveatsById;

    public StepCatalogue() {
        this(StepLoader.loadFromClasspath());
    }

    StepCatalogue(LoadedSteps loaded) {
        if (!loaded.valid()) throw new InvalidStepDefinitionsException(loaded.problems());
        this.steps = loaded.steps().stream().map(LoadedSteps.LoadedStep::step).toList();
        this.stepsById = steps.stream()
                .collect(Collectors.toMap(StepDefinition::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.caveatsById = loaded.caveats().stream()
                .collect(Collectors.toMap(Caveat::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Every step, ordered by number (1 to 13). */
    public List<StepDefinition> all() {
        return steps;
    }

    public StepDefinition byNumber(int number) {
        return steps.stream()
                .filter(step -> step.number() == number)
                .findFirst()
                .orElseThrow(() -> new UnknownStepException(String.valueOf(number)));
    }

    public StepDefinition byId(String id) {
        return find(id).orElseThrow(() -> new UnknownStepException(id));
    }

    public Optional<StepDefinition> find(String id) {
        return Optional.ofNullable(stepsById.get(id));
    }

    public Optional<Caveat> caveat(String id) {
        return Optional.ofNullable(caveatsById.get(id));
    }

    /** Every caveat, in the order of caveats.yaml. */
    public List<Caveat> caveats() {
        return List.copyOf(caveatsById.values());
    }

    /** The caveats a step shows: its own list, or every caveat when it says showAllCaveats. */
    public List<Caveat> caveatsFor(StepDefinition step) {
        if (step.showAllCaveats()) return caveats();
        return step.caveats().stream().map(caveatsById::get).toList();
    }
}
