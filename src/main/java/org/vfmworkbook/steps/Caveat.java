package org.vfmworkbook.steps;

/** Technical commentary on a measure: a definition, a data-quality issue, or a reason not to read it alone. */
public record Caveat(String id, String title, String text, String source) {}
