package org.vfmworkbook.nationaldata;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/**
 * Which published files the figures come from (publisher, title, year, licence, when each was imported) and what each
 * measure is, with the published table each part of it comes from.
 */
@Access(Permission.SIGNED_IN)
@Path("/about-the-data")
@Produces(MediaType.TEXT_HTML)
public class AboutTheDataPages {

    @CheckedTemplate(basePath = "AboutTheDataPages")
    static class Templates {
        static native TemplateInstance show(List<DatasetRecord> datasets, List<MeasureDefinition> measures);
    }

    /** A measure as a director reads it: its name, what it is, and the published table each part comes from. */
    public record MeasureDefinition(
            String title, String definition, String numeratorSource, String denominatorSource) {}

    private final NationalDataStore store;
    private final org.vfmworkbook.metrics.NationalComparisons national;

    AboutTheDataPages(NationalDataStore store, org.vfmworkbook.metrics.NationalComparisons national) {
        this.store = store;
        this.national = national;
    }

    @GET
    public String show() {
        List<MeasureDefinition> measures = national.catalogue().all().stream()
                .map(m -> new MeasureDefinition(
                        m.title(), m.definition(), source(m.numerator()), source(m.denominator())))
                .toList();
        return Templates.show(store.datasets(), measures).render();
    }

    private static String source(org.vfmworkbook.metrics.MetricDefinition.Part part) {
        return part == null || part.source() == null ? null : part.source().replace("{year}", "the data year");
    }
}
