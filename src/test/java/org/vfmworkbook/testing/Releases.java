package org.vfmworkbook.testing;

/** A director releases or withdraws their council through the release page's form, as a browser does (ADR 0011). */
public final class Releases {

    private Releases() {}

    /** @param stage {@code UNRELEASED}, {@code PEERS} or {@code ALL} */
    public static void release(SignIn.SignedIn director, String regionCode, String stage) {
        String href = "/regions/" + regionCode + "/release";
        String page =
                director.given().get(href).then().statusCode(200).extract().asString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        director.form()
                .formParam("stage", stage)
                .formParam("confirm", "confirmed")
                .formParam("version", version)
                .post(href)
                .then()
                .statusCode(303);
    }
}
