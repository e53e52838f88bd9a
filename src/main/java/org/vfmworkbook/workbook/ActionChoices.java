package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.web.RadioItem;

/**
 * The choices the action form offers: where the action stands, and the measures it can name (every computable metric of the
 * catalogue, by title, or a local figure the council names itself). Templates read them as {@code inject:actionChoices.statuses}
 * and {@code inject:actionChoices.choices}.
 */
@ApplicationScoped
@Named("actionChoices")
public class ActionChoices {

    static final String NONE = "";
    static final String LOCAL = "local";

    private final NationalComparisons national;

    ActionChoices(NationalComparisons national) {
        this.national = national;
    }

    public List<RadioItem> statuses() {
        return ActionStatus.items();
    }

    public List<RadioItem> choices() {
        return choices("No measure named");
    }

    /** The measures a Theory of Change box can name: one is needed, so the first choice asks for it. */
    public List<RadioItem> theoryChoices() {
        return choices("Choose a measure");
    }

    private List<RadioItem> choices(String first) {
        List<RadioItem> items = new ArrayList<>();
        items.add(new RadioItem(NONE, first));
        items.add(new RadioItem(LOCAL, "A local figure (name it below)"));
        national.catalogue().all().stream()
                .filter(MetricDefinition::isComputable)
                .sorted(Comparator.comparing(MetricDefinition::title))
                .forEach(m -> items.add(new RadioItem(m.id(), m.title())));
        return items;
    }

    Optional<MetricDefinition> metric(String id) {
        return national.catalogue().find(id).filter(MetricDefinition::isComputable);
    }
}
