package org.vfmworkbook.steps;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StepResourceTest {

    @Test
    void listsTheThirteenStepsInOrder() {
        given().when()
                .get("/api/steps")
                .then()
                .statusCode(200)
                .body("$", hasSize(13))
                .body("number", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13))
                .body("[0].id", equalTo("spend-per-head"))
                .body("[0].kind", equalTo("data-led"))
                .body("[0].comparisons[0].chart", equalTo("bar"));
    }

    @Test
    void returnsOneStepByIdWithItsConditionsInTheShapeOfTheFile() {
        given().when()
                .get("/api/steps/cost-per-client")
                .then()
                .statusCode(200)
                .body("number", equalTo(6))
                .body("narrative.find { it.id == 'cross-return-reminder' }.when.always", equalTo(true))
                .body("narrative[0].when.group", equalTo("neighbours"))
                .body("narrative[0].when.is", equalTo("above-upper-quartile"));
    }

    @Test
    void answersNotFoundForAnUnknownStepId() {
        given().when()
                .get("/api/steps/step-fourteen")
                .then()
                .statusCode(404)
                .body("status", equalTo(404))
                .body("message", equalTo("No step with id step-fourteen"));
    }
}
