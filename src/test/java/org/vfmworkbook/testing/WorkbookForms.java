package org.vfmworkbook.testing;

import io.restassured.response.Response;

/** Filling in a workbook through its real forms, as a signed-in person: open it, save answers, read a form's hidden version. */
public final class WorkbookForms {

    public static final String YEAR = "2021-22";
    public static final String STEP = "spend-per-head";

    private WorkbookForms() {
    }

    /** Opens (or starts) the council's workbook for 2021-22; returns its id. */
    public static long open(SignIn.SignedIn editor, String council) {
        String location = editor.form().formParam("council", council).formParam("year", YEAR).post("/workbooks").then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/workbooks/", ""));
    }

    /** The value of the first hidden {@code version} field on the page. */
    public static String version(SignIn.SignedIn who, String path) {
        return who.given().get(path).then().statusCode(200).extract().asString()
                .replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
    }

    /** Signs the workbook off through its sign-off page, declaration confirmed; returns the response (303 when signed off). */
    public static Response signOff(SignIn.SignedIn signer, long workbookId) {
        String path = "/workbooks/" + workbookId + "/sign-off";
        return signer.form().formParam("version", version(signer, path)).formParam("declaration", "confirmed").post(path);
    }

    /** Saves step 1's drivers-of-spend answer, a green judgement and one evidence link; returns the response (303 when saved). */
    public static Response answerStepOne(SignIn.SignedIn editor, long workbookId, String text) {
        String path = "/workbooks/" + workbookId + "/steps/" + STEP;
        return editor.form().formParam("version", version(editor, path)).formParam("answer-age-band-difference", text)
                .formParam("answer-judgement-choice", "green").formParam("answer-judgement", "In line with our neighbours")
                .formParam("answer-evidence", "The budget book").formParam("answer-evidence-link-1-title", "Budget 2022")
                .formParam("answer-evidence-link-1-url", "https://example.org/budget-2022").post(path);
    }
}
