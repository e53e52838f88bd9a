package org.vfmworkbook.web;

import io.quarkus.qute.TemplateData;

/** Text and an address: breadcrumbs, service navigation items, pagination. {@code current} marks the page the user is on. */
@TemplateData
public record Link(String text, String href, boolean current) {

    public Link(String text, String href) {
        this(text, href, false);
    }
}
