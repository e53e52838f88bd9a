package org.vfmworkbook.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that keeps at most a given number of entries, dropping the one least recently read or written. */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {}

    public static <K, V> Map<K, V> keeping(int most) {
        return Collections.synchronizedMap(new LinkedHashMap<K, V>(most * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        });
    }
}
