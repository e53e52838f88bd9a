package org.vfmworkbook.metrics;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 404 for the JSON API whose message says which council, metric or year was not found. */
final class ApiNotFound extends WebApplicationException {

    ApiNotFound(String message) {
        super(message, Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", 404, "message", message)).build());
    }
}
