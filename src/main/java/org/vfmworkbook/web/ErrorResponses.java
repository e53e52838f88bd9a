package org.vfmworkbook.web;

import java.util.UUID;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One mapper per kind of failure. Browsers get a GOV.UK error page; {@code /api/} paths and clients that accept JSON get
 * {@code {"status":404,"message":"…"}}. No stack trace ever reaches the user: a 500 logs one with a reference the user can quote.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    static final String PAGE_NOT_FOUND = "Page not found";
    static final String FORBIDDEN = "You do not have permission to see this page";
    static final String SERVER_ERROR = "Sorry, there is a problem with the service";

    /** A JSON error body. */
    public record ErrorBody(int status, String message) {}

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance notFound(String message);

        static native TemplateInstance forbidden();

        static native TemplateInstance forbiddenProblem(ForbiddenProblem problem);

        static native TemplateInstance serverError(String reference);

        /** {@code message} null: "The request could not be completed." */
        static native TemplateInstance problem(String heading, String message);

        static native TemplateInstance badRequest(String message);
    }

    @ServerExceptionMapper
    public Response badRequestProblem(BadRequestProblem problem, HttpHeaders headers, UriInfo uri) {
        return respond(400, problem.getMessage(), Templates.badRequest(problem.getMessage()), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFoundProblem(NotFoundProblem problem, HttpHeaders headers, UriInfo uri) {
        return respond(404, problem.getMessage(), Templates.notFound(problem.getMessage()), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException exception, HttpHeaders headers, UriInfo uri) {
        return respond(404, PAGE_NOT_FOUND, Templates.notFound(null), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpHeaders headers, UriInfo uri) {
        if (exception instanceof ForbiddenProblem problem) {
            return respond(
                    403,
                    problem.heading() + ". " + problem.getMessage(),
                    Templates.forbiddenProblem(problem),
                    headers,
                    uri);
        }
        return respond(403, FORBIDDEN, Templates.forbidden(), headers, uri);
    }

    /** A signed-in user without the role a resource requires ({@code @RolesAllowed}). */
    @ServerExceptionMapper
    public Response forbiddenByRole(
            io.quarkus.security.ForbiddenException exception, HttpHeaders headers, UriInfo uri) {
        return respond(403, FORBIDDEN, Templates.forbidden(), headers, uri);
    }

    @ServerExceptionMapper
    public Response otherHttpProblem(WebApplicationException exception, HttpHeaders headers, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return serverError(exception, headers, uri);
        }
        if (status == 413) { // a form field longer than the server reads (RequestTooLarge)
            RequestTooLarge.Problem problem = RequestTooLarge.fieldTooLong();
            return respond(413, problem.message(), RequestTooLarge.page(problem), headers, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String heading = type == null ? "There is a problem with your request" : sentenceCase(type.getReasonPhrase());
        return respond(status, heading, Templates.problem(heading, null), headers, uri);
    }

    @ServerExceptionMapper
    public Response serverError(Exception exception, HttpHeaders headers, UriInfo uri) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(exception, "Unhandled error, reference %s, on %s", reference, uri.getPath());
        return respond(500, SERVER_ERROR, Templates.serverError(reference), headers, uri);
    }

    private static Response respond(
            int status, String message, TemplateInstance page, HttpHeaders headers, UriInfo uri) {
        if (wantsJson(headers, uri)) {
            return Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(status, message))
                    .build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render())
                .build();
    }

    /** GOV.UK headings are in sentence case: "Method Not Allowed" becomes "Method not allowed". */
    static String sentenceCase(String phrase) {
        return phrase.isEmpty()
                ? phrase
                : phrase.charAt(0) + phrase.substring(1).toLowerCase(java.util.Locale.UK);
    }

    static boolean wantsJson(HttpHeaders headers, UriInfo uri) {
        return isApi(uri.getPath())
                || headers.getAcceptableMediaTypes().stream()
                        .anyMatch(type -> "application".equals(type.getType()) && "json".equals(type.getSubtype()));
    }

    /** The same decision from the raw path and {@code Accept} header, for a response made before any resource is matched. */
    static boolean wantsJson(String path, String accept) {
        return isApi(path)
                || (accept != null
                        && java.util.Arrays.stream(accept.split(","))
                                .anyMatch(type ->
                                        type.split(";")[0].strip().equalsIgnoreCase(MediaType.APPLICATION_JSON)));
    }

    private static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api"));
    }

    /** {@link ErrorBody} as JSON text, for a response made outside JAX-RS. */
    static String jsonBody(int status, String message) {
        return "{\"status\":" + status + ",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
