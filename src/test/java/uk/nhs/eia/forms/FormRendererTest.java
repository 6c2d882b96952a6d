package uk.nhs.eia.forms;

import uk.nhs.eia.refusal.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.forms.FormPages.BINDER;
import static uk.nhs.eia.forms.FormPages.FORMS;
import static uk.nhs.eia.forms.FormPages.RENDERER;
import static uk.nhs.eia.forms.FormPages.form;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.eia.demo.DemoAnswers;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.process.FeelConditions;

/** NHS design system markup for every form, and the answers a browser posts back bind to the same values. */
class FormRendererTest {

    private static final LocalDate REVIEW = LocalDate.of(2027, 11, 30);
    private final FormValidator validator = new FormValidator(new FeelConditions(), FormLimits.defaults());

    static Stream<Arguments> stepsWithAnswers() {
        return Stream.of(
                Arguments.of("proposal-details", DemoAnswers.proposal("Phlebotomy", "service-change", "review", "operations", "approver", REVIEW)),
                Arguments.of("screening", DemoAnswers.screening(true)),
                Arguments.of("confirm-screening-out", DemoAnswers.confirmScreeningOut(true, REVIEW)),
                Arguments.of("evidence-and-engagement", DemoAnswers.evidenceAndEngagement()),
                Arguments.of("impact-assessment", DemoAnswers.impactAssessment()),
                Arguments.of("action-plan-and-outcome", DemoAnswers.actionPlanAndOutcome(REVIEW)),
                Arguments.of("quality-review", DemoAnswers.qualityReview("return", "impact")),
                Arguments.of("sign-off", DemoAnswers.signOff("approve", null)),
                Arguments.of("review", DemoAnswers.review("confirm", REVIEW)),
                Arguments.of("training-feedback", Map.of("satisfaction", "4", "pace", "about-right", "length", "too-long",
                        "whatHelped", "The worked examples\nand the quiz")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepsWithAnswers")
    void whatABrowserPostsBackFromARenderedFormBindsToTheSameAnswers(String formId, Map<String, Object> answers) {
        FormDefinition form = form(formId);
        Map<String, Object> expected = validator.validate(form, answers, Map.of(), Check.COMPLETE).accepted();

        String html = RENDERER.renderFields(form, expected, List.of(), Map.of());
        Map<String, Object> bound = BINDER.bind(form, FormPages.posted(html));

        assertThat(validator.validate(form, bound, Map.of(), Check.COMPLETE).accepted()).isEqualTo(expected);
    }

    @Test
    void everyFieldOfEveryFormHasALabelOrLegend() {
        for (FormDefinition form : FORMS.all()) {
            Document page = Jsoup.parseBodyFragment(RENDERER.renderFields(form, Map.of(), List.of(), Map.of()));

            page.select("input:not([type=radio]):not([type=checkbox]), textarea, select").forEach(control ->
                    assertThat(page.select("label[for=" + control.id() + "]")).as(form.id() + " " + control.id()).hasSize(1));
            page.select(".nhsuk-radios, .nhsuk-checkboxes").forEach(group ->
                    assertThat(group.closest("fieldset") != null || group.select("label").size() == 1)
                            .as(form.id()).isTrue());
        }
    }

    @Test
    void anErrorIsShownBesideItsFieldAndTheFieldPointsToIt() {
        FormDefinition form = form("impact-assessment");
        List<FieldError> errors = validator.validate(form, Map.of(), Map.of(), Check.COMPLETE).errors();

        Document page = Jsoup.parseBodyFragment(RENDERER.renderFields(form, Map.of(), errors, Map.of()));

        assertThat(page.select("#ageRationale-error").text()).isEqualTo("Error: Enter the rationale for the impact on age");
        assertThat(page.select("#ageRationale").attr("aria-describedby")).contains("ageRationale-error");
        assertThat(page.select(".nhsuk-form-group--error")).hasSizeGreaterThan(60);
    }

    @Test
    void aTextAreaWithAMaximumLengthCountsCharacters() {
        Document page = Jsoup.parseBodyFragment(RENDERER.renderFields(form("screening"), Map.of(), List.of(), Map.of()));

        assertThat(page.select("[data-module=nhsuk-character-count][data-maxlength=4000] textarea#screeningRationale")).hasSize(1);
        assertThat(page.select("#screeningRationale-info").text()).isEqualTo("You can enter up to 4000 characters");
    }

    @Test
    void datesAreAskedAsDayMonthAndYear() {
        Document page = Jsoup.parseBodyFragment(RENDERER.renderFields(form("action-plan-and-outcome"),
                Map.of("reviewDate", "2027-11-30"), List.of(), Map.of()));

        assertThat(page.select("#reviewDate-day").val()).isEqualTo("30");
        assertThat(page.select("#reviewDate-month").val()).isEqualTo("11");
        assertThat(page.select("#reviewDate-year").val()).isEqualTo("2027");
    }

    @Test
    void actionRowsCanBeAddedAndRemovedWithoutJavaScript() {
        Document page = Jsoup.parseBodyFragment(RENDERER.renderFields(form("action-plan-and-outcome"),
                DemoAnswers.actionPlanAndOutcome(REVIEW), List.of(), Map.of()));

        assertThat(page.select("button[name=_addRow][value=actions]")).hasSize(1);
        assertThat(page.select("button[name=_removeRow][value=actions[0]]")).hasSize(1);
        assertThat(page.select("#actions-0-owner").val()).isEqualTo("Service manager");
    }

    @Test
    void fieldsHiddenByTheirConditionAreNotShown() {
        String html = RENDERER.renderFields(form("action-plan-and-outcome"), Map.of("outcome", "adjust"), List.of(), Map.of());
        String shown = RENDERER.renderFields(form("action-plan-and-outcome"), Map.of("outcome", "continue-despite-impact"),
                List.of(), Map.of());

        assertThat(Jsoup.parseBodyFragment(html).select("[hidden] #justification")).hasSize(1);
        assertThat(Jsoup.parseBodyFragment(shown).select("#justification")).hasSize(1);
        assertThat(Jsoup.parseBodyFragment(shown).select("[hidden] #justification")).isEmpty();
    }

    @Test
    void everyUserValueIsEscaped() {
        Map<String, Object> hostile = new HashMap<>(DemoAnswers.screening(true));
        hostile.put("screeningRationale", "</textarea><script>alert(1)</script>");
        String context = "<img src=x onerror=alert(2)>";

        String fields = RENDERER.renderFields(form("confirm-screening-out"), Map.of(), List.of(),
                Map.of("title", context, "reference", "EIA-1", "screeningReason", context, "screeningRationale", context));
        String screening = RENDERER.renderFields(form("screening"), hostile, List.of(), Map.of());
        String summary = RENDERER.renderSummary(form("screening"), hostile, "/tasks/1");

        for (String html : List.of(fields, screening, summary)) {
            assertThat(Jsoup.parseBodyFragment(html).select("script, img")).isEmpty();
        }
        assertThat(Jsoup.parseBodyFragment(screening).select("#screeningRationale").text())
                .isEqualTo("</textarea><script>alert(1)</script>");
    }

    @Test
    void aSubmissionReadsAsASummaryListInPlainWords() {
        Document summary = Jsoup.parseBodyFragment(RENDERER.renderSummary(form("action-plan-and-outcome"),
                validator.validate(form("action-plan-and-outcome"), DemoAnswers.actionPlanAndOutcome(REVIEW), Map.of(),
                        Check.COMPLETE).accepted(), "/tasks/7"));

        assertThat(summary.select(".nhsuk-summary-list__key").eachText())
                .contains("Action 1: Owner", "What is the outcome of the assessment?", "Review date");
        assertThat(summary.select(".nhsuk-summary-list__value").eachText())
                .contains("Service manager", "Adjust the proposal to remove barriers or better advance equality", "30 November 2027");
        assertThat(summary.select(".nhsuk-summary-list__actions a").first().attr("href")).startsWith("/tasks/7#");
    }
}
