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

/** Which published files the figures come from: publisher, title, year, licence and when each was imported. */
@Access(Permission.SIGNED_IN)
@Path("/about-the-data")
@Produces(MediaType.TEXT_HTML)
public class AboutTheDataPages {

    @CheckedTemplate(basePath = "AboutTheDataPages")
    static class Templates {
        static native TemplateInstance show(List<DatasetRecord> datasets);
    }

    private final NationalDataStore store;

    AboutTheDataPages(NationalDataStore store) {
        this.store = store;
    }

    @GET
    public String show() {
        return Templates.show(store.datasets()).render();
    }
}
