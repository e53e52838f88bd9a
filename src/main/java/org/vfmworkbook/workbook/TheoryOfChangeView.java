package org.vfmworkbook.workbook;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;

/** A saved Theory of Change: its version (for the form) and its boxes in stage order. */
@TemplateData
public record TheoryOfChangeView(long version, List<Box> boxes) {

    /**
     * One box. {@code date} is set for a milestone only; {@code metricId} null for a local figure.
     */
    @TemplateData
    public record Box(
            ChangeStage stage,
            int slot,
            String text,
            LocalDate date,
            String evidence,
            String measure,
            String metricId) {}

    static TheoryOfChangeView of(TheoryOfChange theory) {
        return new TheoryOfChangeView(
                theory.version,
                theory.items.stream()
                        .map(i -> new Box(
                                i.stage, i.slot, i.text, i.milestoneDate, i.evidence, i.measureName, i.measureMetricId))
                        .toList());
    }

    /** A stage with its boxes. */
    @TemplateData
    public record Group(ChangeStage stage, List<Box> boxes) {}

    /** The stages that have boxes, in the order the change runs. */
    public List<Group> groups() {
        return java.util.Arrays.stream(ChangeStage.values())
                .map(stage -> new Group(stage, in(stage)))
                .filter(g -> !g.boxes().isEmpty())
                .toList();
    }

    public List<Box> in(ChangeStage stage) {
        return boxes.stream().filter(b -> b.stage() == stage).toList();
    }

    /** What the box of where we are now says; null when it has none. */
    public String now() {
        return first(ChangeStage.NOW);
    }

    /** What the box of where we want to be says; null when it has none. */
    public String goal() {
        return first(ChangeStage.GOAL);
    }

    public List<Box> activities() {
        return in(ChangeStage.ACTIVITY);
    }

    public List<Box> outcomes() {
        return in(ChangeStage.OUTCOME);
    }

    private String first(ChangeStage stage) {
        return in(stage).stream().map(Box::text).findFirst().orElse(null);
    }

    /** The first milestone still to come on or after {@code today}, or null. */
    public Box nextMilestone(LocalDate today) {
        return in(ChangeStage.MILESTONE).stream()
                .filter(b -> b.date() != null && !b.date().isBefore(today))
                .min(java.util.Comparator.comparing(Box::date))
                .orElse(null);
    }
}
