package org.vfmworkbook.findings;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;

import org.vfmworkbook.nationaldata.NationalDataChanged;

/**
 * A comparison's sentence, chart, tables and trend as HTML (the {@code comparisonFinding} tag), rendered once for each kept
 * finding rather than at every request: they depend on the national data and the group shown, never on the user or the
 * workbook's answers, and they are most of a step page's work (docs/architecture.md, Performance and memory). Keyed by
 * the finding itself, which {@link FindingsService} keeps and shares until the national data changes; the HTML is the
 * same as the tag renders inside a page, so pages that include the tag and pages that use this cannot differ.
 */
@ApplicationScoped
public class FindingHtml {

    /** About 13 steps' comparisons for a region's councils at once; a comparison's HTML is 5 to 20 KB. */
    static final int KEPT = 400;

    private final Template tag;
    private final Map<Kept, RawString> rendered = LeastRecentlyUsed.keeping(KEPT);

    FindingHtml(Engine engine) {
        this.tag = engine.getTemplate("tags/comparisonFinding");
    }

    public RawString of(ComparisonFinding finding) {
        Kept key = new Kept(finding);
        RawString html = rendered.get(key);
        if (html == null) {
            html = new RawString(tag.data("finding", finding).render());
            rendered.put(key, html);
        }
        return html;
    }

    void onChange(@Observes NationalDataChanged changed) {
        rendered.clear();
    }

    /** The finding by identity: kept findings are shared instances, and hashing a record's whole tree costs more. */
    private record Kept(ComparisonFinding finding) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Kept k && k.finding == finding;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(finding);
        }
    }
}
