package org.vfmworkbook.testing;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** REST Assured with JSON numbers read as doubles, so published figures compare at full precision. */
public final class Api {

    private Api() {}

    public static RequestSpecification given() {
        return RestAssured.given()
                .config(RestAssured.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }
}
