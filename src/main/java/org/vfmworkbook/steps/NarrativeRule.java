package org.vfmworkbook.steps;

/** A sentence for the finding, used when its condition holds. Every rule that holds contributes, in file order. */
public record NarrativeRule(String id, Condition when, String text) {}
