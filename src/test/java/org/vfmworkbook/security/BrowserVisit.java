package org.vfmworkbook.security;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.vfmworkbook.testing.SignIn;

/**
 * Follows redirects as a browser does with one cookie, the session cookie: it is sent while held and dropped when a response
 * clears it (Max-Age=0). Stops after ten redirects, which is a loop.
 */
record BrowserVisit(List<String> locations, int finalStatus, String finalBody, String sessionCookie) {

    static BrowserVisit follow(String path, String sessionCookie) {
        List<String> locations = new ArrayList<>();
        String cookie = sessionCookie;
        String next = path;
        for (int hop = 0; hop <= 10; hop++) {
            RequestSpecification request = given().redirects().follow(false);
            if (cookie != null) {
                request.cookie(SignIn.SESSION_COOKIE, cookie);
            }
            Response response = request.when().get(next);
            cookie = cookieAfter(response, cookie);
            if (response.statusCode() / 100 != 3) {
                return new BrowserVisit(
                        locations, response.statusCode(), response.body().asString(), cookie);
            }
            next = response.header("Location");
            locations.add(next);
        }
        return new BrowserVisit(locations, 0, "redirect loop", cookie);
    }

    int hops() {
        return locations.size();
    }

    private static String cookieAfter(Response response, String held) {
        for (String setCookie : response.headers().getValues("Set-Cookie")) {
            if (setCookie.startsWith(SignIn.SESSION_COOKIE + "=")) {
                boolean cleared = setCookie.toLowerCase().contains("max-age=0");
                return cleared ? null : setCookie.substring(SignIn.SESSION_COOKIE.length() + 1, setCookie.indexOf(';'));
            }
        }
        return held;
    }
}
