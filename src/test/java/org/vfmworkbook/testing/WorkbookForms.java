package org.vfmworkbook.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** Filling in a workbook through its real forms, as a signed-in person: open it, save answers, read a form's hidden version. */
public final class WorkbookForms {

    public static final String YEAR = "2021-22";
    public static final String STEP = "spend-per-head";

    private WorkbookForms() {}

    /** Opens (or starts) the council's workbook for 2021-22; returns its id. */
    public static long open(SignIn.SignedIn editor, String council) {
        String location = editor.form()
                .formParam("council", council)
                .formParam("year", YEAR)
                .post("/workbooks")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*/workbooks/", ""));
    }

    /** The value of the first hidden {@code version} field on the page. */
    public static String version(SignIn.SignedIn who, String path) {
        return who.given()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
    }

    private static final Pattern ANSWERS_FORM = Pattern.compile("(?s)<form[^>]*id=\"answers-form\"[^>]*>(.*?)</form>");
    private static final Pattern FIELD = Pattern.compile("(?s)<input([^>]*)>|<textarea([^>]*)>(.*?)</textarea>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?s)\\b(name|value|type)=\"([^\"]*)\"|\\b(checked)\\b");

    /**
     * The step's answers form as the page shows it, as a browser would post it: every hidden field, text field and textarea with its
     * value, and the checked radio of each group (the CSRF field is left to the caller's session, the buttons to the caller).
     */
    public static Map<String, String> answersForm(String page) {
        Matcher form = ANSWERS_FORM.matcher(page);
        if (!form.find()) {
            throw new AssertionError("The page has no answers form");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(field.group(1) != null ? field.group(1) : field.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1) != null ? attribute.group(1) : "checked", attribute.group(2));
            }
            String name = attributes.get("name");
            boolean uncheckedRadio = "radio".equals(attributes.get("type")) && !attributes.containsKey("checked");
            if (name == null || name.equals(SignIn.CSRF_FIELD) || uncheckedRadio) {
                continue;
            }
            String value = field.group(1) != null ? attributes.getOrDefault("value", "") : field.group(3);
            fields.put(name, unescape(value));
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Signs the workbook off through its sign-off page, declaration confirmed; returns the response (303 when signed off). */
    public static Response signOff(SignIn.SignedIn signer, long workbookId) {
        String path = "/workbooks/" + workbookId + "/sign-off";
        return signer.form()
                .formParam("version", version(signer, path))
                .formParam("declaration", "confirmed")
                .post(path);
    }

    /** Saves step 1's drivers-of-spend answer, a green judgement and one evidence link; returns the response (303 when saved). */
    public static Response answerStepOne(SignIn.SignedIn editor, long workbookId, String text) {
        String path = "/workbooks/" + workbookId + "/steps/" + STEP;
        return editor.form()
                .formParam("version", version(editor, path))
                .formParam("answer-age-band-difference", text)
                .formParam("answer-judgement-choice", "green")
                .formParam("answer-judgement", "In line with our neighbours")
                .formParam("answer-evidence", "The budget book")
                .formParam("answer-evidence-link-1-title", "Budget 2022")
                .formParam("answer-evidence-link-1-url", "https://example.org/budget-2022")
                .post(path);
    }
}
