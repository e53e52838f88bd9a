package org.vfmworkbook.steps;

import java.util.List;

/**
 * A step's audit of the council's own data ({@code dataAudit:} in the step file, step 13): a checklist of data practices, each
 * answered in the method's three columns (what happens now, what needs to happen, how you will progress), and a definitions
 * check of the terms the council's figures stand on, each answered yes / no / unsure against NHS Digital's definition. Answers
 * are stored against the step id and these ids.
 */
public record DataAudit(List<Practice> practices, List<Definition> definitions) {

    public DataAudit {
        practices = Lists.orEmpty(practices);
        definitions = Lists.orEmpty(definitions);
    }

    /** One data practice of the checklist, such as "data is collected once and used many times". */
    public record Practice(String id, String text, String hint) {}

    /**
     * A term the council's figures stand on ({@code term}, "Long-term client"), the metrics of the catalogue that count it, NHS
     * Digital's definition in plain words and where it is published.
     */
    public record Definition(String id, String term, List<String> metrics, String definition, String source) {
        public Definition {
            metrics = Lists.orEmpty(metrics);
        }
    }
}
