package org.vfmworkbook.metrics;

/** The kinds of group a council is compared with. */
public enum ComparatorGroup {
    ENGLAND,
    REGION,
    NEIGHBOURS,
    CUSTOM
}
