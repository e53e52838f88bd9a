package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A saved answer to one question: its text, its choice (yes/no/partly or red/amber/green), its evidence links, and its version (each
 * answer has its own, see {@link AnswerBasis}).
 */
@TemplateData
public record SavedAnswer(
        String questionId,
        String text,
        String choice,
        List<Link> links,
        Instant updatedAt,
        String updatedBy,
        long version) {

    /** A supporting document or page. */
    @TemplateData
    public record Link(String title, String url) {}

    public SavedAnswer {
        links = List.copyOf(links);
    }

    static SavedAnswer of(Answer answer) {
        return new SavedAnswer(
                answer.questionId,
                answer.text,
                answer.choice,
                answer.links.stream().map(l -> new Link(l.title, l.url)).toList(),
                answer.updatedAt,
                answer.updatedBy,
                answer.version);
    }

    public boolean isBlank() {
        return (text == null || text.isBlank()) && choice == null && links.isEmpty();
    }
}
