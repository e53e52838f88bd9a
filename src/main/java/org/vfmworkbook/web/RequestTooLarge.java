package org.vfmworkbook.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Posts bigger than the server takes get a GOV.UK page that names the limit (or the JSON error body), never a bare 413. Two limits apply
 * ({@code application.properties}, set from {@link FormLimits}): a field over {@code quarkus.http.limits.max-form-attribute-size} is refused
 * while the form is read, and {@link ErrorResponses} maps that refusal here; a body over {@code max-body-size} would be refused by Quarkus
 * with an empty 413 before any page code runs, so this filter, which runs first, answers it instead. It reads and discards the body before
 * answering (a browser or client still sending would otherwise see the connection reset rather than the page), then closes the connection.
 */
@ApplicationScoped
public class RequestTooLarge {

    /** After discarding this many times the limit, the connection is closed without a page: nobody sends that by mistake. */
    private static final int MOST_DISCARDED_TIMES_THE_LIMIT = 4;

    record Problem(String heading, String message) {}

    private final long maxBodyBytes;

    RequestTooLarge() {
        this.maxBodyBytes = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(-1L);
    }

    /** A form field longer than the server reads. */
    static Problem fieldTooLong() {
        return new Problem(
                "Your text is too long to save",
                "One of the boxes on the form holds more text than the service accepts. " + "An answer can be up to "
                        + FormLimits.number(FormLimits.ANSWER_CHARACTERS) + " characters long. Nothing was saved.");
    }

    /** A post longer than the server reads: a published file sent to the import, or a form. */
    Problem bodyTooLarge(String path) {
        if (path != null && path.startsWith("/api/admin/national-data")) {
            return new Problem(
                    "The file is too large to import",
                    "The import accepts files of up to " + FormLimits.size(maxBodyBytes)
                            + " (the largest file NHS Digital, ONS or MHCLG publishes for it is under 3 MB). Nothing was imported.");
        }
        return new Problem(
                "What you sent is too large to save",
                "The service accepts up to " + FormLimits.size(maxBodyBytes)
                        + " from one form, and an answer can be up to "
                        + FormLimits.number(FormLimits.ANSWER_CHARACTERS)
                        + " characters long. Nothing was saved.");
    }

    void register(@Observes Filters filters) {
        filters.register(
                this::refuseOversizedBody, 50); // after the security headers (100) and before Quarkus' own size check
    }

    private void refuseOversizedBody(RoutingContext context) {
        long length = contentLength(context.request());
        if (maxBodyBytes < 0 || length <= maxBodyBytes) {
            context.next();
            return;
        }
        boolean json = ErrorResponses.wantsJson(
                context.request().path(), context.request().getHeader(HttpHeaderNames.ACCEPT));
        Problem problem = bodyTooLarge(context.request().path());
        // the layout is rendered off the event loop, outside any request, so it shows nobody signed in
        Future<String> page = context.vertx()
                .executeBlocking(
                        () -> json
                                ? ErrorResponses.jsonBody(413, problem.message())
                                : page(problem).render(),
                        false);
        HttpServerRequest request = context.request();
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaderNames.EXPECT))) {
            page.onComplete(rendered ->
                    send(context, rendered.result(), json)); // the client waits for a go-ahead it will not get
            return;
        }
        long[] discarded = {0};
        request.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > MOST_DISCARDED_TIMES_THE_LIMIT * maxBodyBytes) {
                request.connection().close();
            }
        });
        request.endHandler(ended -> page.onComplete(rendered -> send(context, rendered.result(), json)));
        request.resume();
    }

    private static void send(RoutingContext context, String body, boolean json) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .putHeader(
                        HttpHeaderNames.CONTENT_TYPE,
                        json ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML + ";charset=UTF-8")
                .end(body == null ? "" : body);
    }

    private static long contentLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static TemplateInstance page(Problem problem) {
        return ErrorResponses.Templates.problem(
                problem.heading(),
                problem.message() + " Go back to the form: your browser usually "
                        + "still has what you typed. Copy your text somewhere safe, shorten it, and save again.");
    }
}
