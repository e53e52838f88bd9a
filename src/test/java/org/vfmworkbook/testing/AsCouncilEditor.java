package org.vfmworkbook.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.workbook.WorkbookService;

/**
 * For page tests that are about the workbook, not about access: every request without a session is sent as an
 * editor of the council it concerns (the workbook's council, or the council being opened), with the CSRF token
 * a real form carries. Access itself is tested in {@code security/AccessMatrixTest}. Use it on a test class with
 * {@code @ExtendWith(AsCouncilEditor.Extension.class)}: it is installed before each test and removed after it.
 */
public final class AsCouncilEditor implements Filter {

    /** Installs the filter for each test of the class it extends, and removes it afterwards. */
    public static final class Extension
            implements org.junit.jupiter.api.extension.BeforeEachCallback,
                    org.junit.jupiter.api.extension.AfterEachCallback {
        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            install();
        }

        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            remove();
        }
    }

    private static final Pattern WORKBOOK = Pattern.compile("/workbooks/(\\d+)");
    private static final String ANY_COUNCIL = "E10000016";
    private static final Map<String, SignIn.SignedIn> EDITORS = new ConcurrentHashMap<>();

    public static void install() {
        RestAssured.filters(new AsCouncilEditor());
    }

    public static void remove() {
        RestAssured.reset();
    }

    private static final ThreadLocal<Boolean> SIGNING_IN = ThreadLocal.withInitial(() -> false);

    public static SignIn.SignedIn editorOf(String council) {
        SignIn.SignedIn editor = EDITORS.get(council);
        if (editor == null) {
            SIGNING_IN.set(true); // signing in makes requests of its own, which must pass untouched
            try {
                editor = SignIn.as(Role.COUNCIL_EDITOR, council);
            } finally {
                SIGNING_IN.set(false);
            }
            EDITORS.put(council, editor);
        }
        return editor;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (!SIGNING_IN.get() && !request.getCookies().hasCookieWithName(SignIn.SESSION_COOKIE)) {
            SignIn.SignedIn editor = editorOf(council(request));
            request.cookie(SignIn.SESSION_COOKIE, editor.sessionCookie())
                    .cookie(SignIn.CSRF_COOKIE, editor.csrfToken());
            if ("POST".equals(request.getMethod())) {
                String type = request.getContentType();
                if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                    request.formParam(SignIn.CSRF_FIELD, editor.csrfToken());
                } else {
                    request.header(SignIn.CSRF_HEADER, editor.csrfToken());
                }
            }
        }
        return context.next(request, response);
    }

    private static String council(FilterableRequestSpecification request) {
        Matcher workbook = WORKBOOK.matcher(request.getURI());
        if (workbook.find()) {
            try {
                return Arc.container()
                        .instance(WorkbookService.class)
                        .get()
                        .summary(Long.parseLong(workbook.group(1)))
                        .councilCode();
            } catch (org.vfmworkbook.web.NotFoundProblem e) {
                // not stored: a report fixture, perhaps
                return Arc.container()
                        .instance(org.vfmworkbook.report.WorkbookContentSource.class)
                        .get()
                        .find(Long.parseLong(workbook.group(1)))
                        .map(w -> w.councilCode())
                        .orElse(ANY_COUNCIL);
            }
        }
        Object council = request.getFormParams().get("council");
        return council instanceof String code && !code.isBlank() ? code : ANY_COUNCIL;
    }
}
