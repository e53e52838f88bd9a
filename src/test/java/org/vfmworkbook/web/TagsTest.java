package org.vfmworkbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The user tags render GOV.UK markup, show each field's error and keep what the user typed. */
@QuarkusTest
class TagsTest {

    @Inject
    Engine engine;

    private String render(String template, Object... nameValues) {
        var instance = engine.parse(template, io.quarkus.qute.Variant.forContentType("text/html"))
                .instance();
        for (int i = 0; i < nameValues.length; i += 2) {
            instance.data((String) nameValues[i], nameValues[i + 1]);
        }
        return instance.render();
    }

    @Test
    void showsAnInputsErrorAndKeepsItsValue() {
        String html = render(
                "{#input name='owner' label='Owner' value=value errors=errors hint='Their job title' /}",
                "value",
                "<Director>",
                "errors",
                FormErrors.none().with("owner", "Enter an owner"));

        assertThat(html)
                .contains("govuk-form-group--error")
                .contains(
                        "<p id=\"owner-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter an owner</p>")
                .contains("value=\"&lt;Director&gt;\"")
                .contains("aria-describedby=\"owner-hint owner-error\"")
                .contains("govuk-input--error");
    }

    @Test
    void rendersAnInputWithoutErrorsOrOptionalParameters() {
        String html = render("{#input name='owner' label='Owner' /}");

        assertThat(html)
                .contains("<label class=\"govuk-label\" for=\"owner\">Owner</label>")
                .doesNotContain("govuk-form-group--error")
                .doesNotContain("aria-describedby")
                .doesNotContain("value=");
    }

    @Test
    void listsEveryErrorInTheSummaryLinkedToItsField() {
        FormErrors errors = FormErrors.none()
                .with("judgement", "Select a judgement")
                .with(FieldError.forDate("due", "Enter a due date"));
        String html = render("{#errorSummary errors=errors /}", "errors", errors);

        assertThat(html)
                .contains("There is a problem")
                .contains("<a href=\"#judgement\">Select a judgement</a>")
                .contains("<a href=\"#due-day\">Enter a due date</a>");
        assertThat(render("{#errorSummary errors=errors /}", "errors", FormErrors.none()))
                .isBlank();
    }

    @Test
    void checksTheChosenRadioAndGivesTheFirstTheFieldsId() {
        List<RadioItem> items = List.of(new RadioItem("yes", "Yes"), new RadioItem("no", "No", "Explain why below"));
        String html = render(
                "{#radios name='higher' legend='Is spending higher?' items=items value='no' errors=errors /}",
                "items",
                items,
                "errors",
                FormErrors.none());

        assertThat(html)
                .contains("id=\"higher\" name=\"higher\" type=\"radio\" value=\"yes\">")
                .contains(
                        "id=\"higher-2\" name=\"higher\" type=\"radio\" value=\"no\" checked aria-describedby=\"higher-2-item-hint\">")
                .contains("Explain why below");
    }

    @Test
    void checksEveryChosenCheckbox() {
        List<RadioItem> items = List.of(new RadioItem("a", "A"), new RadioItem("b", "B"), new RadioItem("c", "C"));
        String html = render(
                "{#checkboxes name='settings' legend='Settings' items=items values=values /}",
                "items",
                items,
                "values",
                List.of("a", "c"));

        assertThat(html)
                .contains("value=\"a\" checked")
                .contains("value=\"b\">")
                .contains("value=\"c\" checked");
    }

    @Test
    void rendersNumericColumnsRightAlignedAndMarksTheHighlightedRow() {
        Table table = new Table(
                "Spend",
                List.of(TableCell.text("Council"), TableCell.number("Spend")),
                List.of(TableRow.of(TableCell.text("Kent"), TableCell.number("£455"))
                        .highlight()));
        String html = render("{#table table=table /}", "table", table);

        assertThat(html)
                .contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Spend</caption>")
                .contains("govuk-table__header govuk-table__header--numeric\">Spend</th>")
                .contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">£455</td>")
                .contains("app-table__row--highlight")
                .contains("(this council)");
    }

    @Test
    void rendersButtonsAsButtonsOrLinks() {
        assertThat(render("{#button text='Save and continue' /}"))
                .contains("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\"");
        assertThat(render("{#button text='Cancel' variant='secondary' href='/back' /}"))
                .contains(
                        "<a href=\"/back\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--secondary\"");
    }

    @Test
    void formatsNumbersThroughTheFmtNamespace() {
        assertThat(render(
                        "{fmt:gbp(value)} {fmt:perHundredThousand(rate)} {fmt:percent(missing)}",
                        "value",
                        1234,
                        "rate",
                        10.25,
                        "missing",
                        null))
                .isEqualTo("£1,234 10.3 per 100,000 Not available");
    }

    @Test
    void showsTextareaCharacterCountAndDateInputValues() {
        assertThat(render("{#textarea name='why' label='Why?' value='Because' maxlength=500 /}"))
                .contains("data-maxlength=\"500\"")
                .contains(">Because</textarea>")
                .contains("You can enter up to 500 characters");
        assertThat(render(
                        "{#dateInput name='due' legend='Due date' day='1' month='4' year='2027' errors=errors /}",
                        "errors",
                        FormErrors.of(FieldError.forDate("due", "Enter a real date"))))
                .contains("id=\"due-day\" name=\"due-day\" type=\"text\" inputmode=\"numeric\" value=\"1\"")
                .contains("value=\"2027\"")
                .contains("Enter a real date");
    }

    @Test
    void rendersNestedContentWithTheCallersData() {
        String html = render(
                "{#details summary='Where'}<p>{body}</p>{/details}{#insetText}{body}{/insetText}",
                "body",
                "From the ASCFR");

        assertThat(html)
                .contains("<div class=\"govuk-details__text\"><p>From the ASCFR</p></div>")
                .contains("<div class=\"govuk-inset-text\">From the ASCFR</div>");
    }
}
