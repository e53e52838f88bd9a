package org.vfmworkbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void keepsProblemsInPageOrderAndTheFirstMessagePerField() {
        FormErrors errors = FormErrors.none()
                .with("judgement", "Select a judgement")
                .with("explanation", "Enter an explanation")
                .with("judgement", "A second message is ignored");

        assertThat(errors.list()).extracting(FieldError::field).containsExactly("judgement", "explanation");
        assertThat(errors.message("judgement")).isEqualTo("Select a judgement");
        assertThat(errors.has("explanation")).isTrue();
        assertThat(errors.has("owner")).isFalse();
        assertThat(errors.message("owner")).isNull();
    }

    @Test
    void linksTheSummaryToTheFieldOrToTheDayOfADate() {
        assertThat(new FieldError("owner", "Enter an owner").href()).isEqualTo("#owner");
        assertThat(FieldError.forDate("due", "Enter a due date").href()).isEqualTo("#due-day");
    }

    @Test
    void hasNoProblemsToBeginWith() {
        assertThat(FormErrors.none().isEmpty()).isTrue();
        assertThat(FormErrors.none().isPresent()).isFalse();
    }
}
