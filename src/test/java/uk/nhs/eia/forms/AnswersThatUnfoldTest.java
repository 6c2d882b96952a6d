package uk.nhs.eia.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.forms.FormPages.BINDER;
import static uk.nhs.eia.forms.FormPages.RENDERER;
import static uk.nhs.eia.forms.FormPages.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.process.FeelConditions;

/**
 * Follow-up questions that unfold in the browser as soon as the answer asking for them is chosen: on the page from
 * the start, hidden, with the answers that show them as the form's own conditions say; the server still decides.
 */
class AnswersThatUnfoldTest {

    /** A phone number for phone calls, a reason when urgent, an email address in each contact row that is by email. */
    private static final FormDefinition TRIAL = new FormSchemaReader().read("trial.form", new ByteArrayInputStream("""
            {"id": "trial", "components": [
              {"id": "Field_kind", "type": "radio", "key": "kind", "label": "How should we contact you?",
               "values": [{"label": "Phone", "value": "phone"}, {"label": "Letter", "value": "letter"}]},
              {"id": "Field_number", "type": "textfield", "key": "number", "label": "Phone number",
               "conditional": {"hide": "=kind != \\"phone\\""}},
              {"id": "Field_note", "type": "textfield", "key": "note", "label": "Anything else?"},
              {"id": "Field_noteDetail", "type": "textfield", "key": "noteDetail", "label": "Tell us more",
               "conditional": {"hide": "=kind != \\"phone\\" or note = null"}},
              {"id": "Field_urgent", "type": "checkbox", "key": "urgent", "label": "It is urgent"},
              {"id": "Field_why", "type": "textarea", "key": "why", "label": "Why is it urgent?",
               "conditional": {"hide": "=urgent != true"}},
              {"id": "Field_firstClass", "type": "checkbox", "key": "firstClass", "label": "Send it first class",
               "conditional": {"hide": "=not(kind = \\"letter\\" and urgent = true)"}},
              {"id": "List_contacts", "type": "dynamiclist", "path": "contacts", "label": "Contacts", "components": [
                {"id": "Field_via", "type": "select", "key": "via", "label": "Contact by",
                 "values": [{"label": "Email", "value": "email"}, {"label": "Post", "value": "post"}]},
                {"id": "Field_address", "type": "textfield", "key": "address", "label": "Email address",
                 "conditional": {"hide": "=via != \\"email\\""}}
              ]}
            ]}""".getBytes(StandardCharsets.UTF_8)));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormValidator validator = new FormValidator(new FeelConditions(), FormLimits.defaults());

    @Test
    void theAttestationIsOnThePageReadyToUnfoldWhenApproveIsChosen() {
        Document page = render(form("sign-off"), Map.of(), Map.of());

        Element attestation = page.getElementById("conditional-dueRegardAttestation");
        assertThat(attestation.select("#dueRegardAttestation")).hasSize(1);
        assertThat(attestation.attr("data-eia-reveal-field")).isEqualTo("signOffDecision");
        assertThat(valuesShowing(attestation)).containsExactly("approve");
        assertThat(attestation.hasAttr("hidden")).isTrue();
        assertThat(attestation.hasAttr("disabled")).as("sends nothing while hidden").isTrue();
        assertThat(page.select("input[name=signOffDecision][value=approve]").attr("aria-controls"))
                .isEqualTo("conditional-dueRegardAttestation");
        assertThat(page.select("[required]")).as("the browser leaves checking to the server").isEmpty();
    }

    @Test
    void theReasonsUnfoldWhenTheAssessmentIsReturnedOrRejected() {
        Document page = render(form("sign-off"), Map.of(), Map.of());

        assertThat(valuesShowing(page.getElementById("conditional-signOffComments"))).containsExactly("return", "reject");
        assertThat(page.select("input[name=signOffDecision][value=return]").attr("aria-controls"))
                .isEqualTo("conditional-returnTo conditional-signOffComments");
        assertThat(page.select("input[name=signOffDecision][value=reject]").attr("aria-controls"))
                .isEqualTo("conditional-signOffComments");
    }

    @Test
    void theDecisionIsLeftToThisPagesScriptNotToTheNhsRadios() {
        Document page = render(form("sign-off"), Map.of(), Map.of());

        assertThat(page.select("#signOffDecision").first().closest(".nhsuk-radios").hasAttr("data-module")).isFalse();
        assertThat(page.select("#returnTo").first().closest(".nhsuk-radios").attr("data-module")).isEqualTo("nhsuk-radios");
    }

    @Test
    void aFollowUpToAnAnswerGivenBeforeIsOpenWhenThePageOpens() {
        Document page = render(form("sign-off"), Map.of("signOffDecision", "approve"), Map.of());

        Element attestation = page.getElementById("conditional-dueRegardAttestation");
        assertThat(attestation.hasAttr("hidden")).isFalse();
        assertThat(attestation.hasAttr("disabled")).isFalse();
        assertThat(page.getElementById("conditional-signOffComments").hasAttr("hidden")).isTrue();
    }

    @Test
    void followUpsBelowTheirQuestionLookLikeNhsConditionalContentAndThoseAboveItDoNot() {
        Document page = render(form("quality-review"), Map.of(), Map.of());

        Element rating = page.getElementById("conditional-ratingEvidence");
        assertThat(valuesShowing(rating)).as("shown until the assessment is returned").containsExactly("", "accept");
        assertThat(rating.hasAttr("hidden")).isFalse();
        assertThat(rating.hasClass("nhsuk-radios__conditional")).isFalse();
        assertThat(page.getElementById("conditional-returnTo").hasClass("nhsuk-radios__conditional")).isTrue();
    }

    @Test
    void aQuestionThatDependsOnWhatTheStepAlreadyKnowsIsLeftOutUntilItApplies() {
        Document other = render(form("impact-assessment"), Map.of(), Map.of("proposalType", "service-change"));
        Document digital = render(form("impact-assessment"), Map.of(), Map.of("proposalType", "digital-ai"));

        assertThat(other.select("#digitalBias")).isEmpty();
        assertThat(digital.select("#digitalBias")).hasSize(1);
        assertThat(digital.select(".eia-reveal #digitalBias")).isEmpty();
    }

    @Test
    void aQuestionThatAlsoDependsOnATypedAnswerIsLeftForTheServerToShow() {
        Document before = render(TRIAL, Map.of("kind", "phone"), Map.of());
        Document after = render(TRIAL, Map.of("kind", "phone", "note", "Mornings only"), Map.of());

        assertThat(before.select("#noteDetail")).isEmpty();
        assertThat(after.select("#noteDetail")).hasSize(1);
        assertThat(after.select(".eia-reveal #noteDetail")).isEmpty();
    }

    @Test
    void aQuestionThatDependsOnTwoChoicesIsLeftForTheServerToShow() {
        Document before = render(TRIAL, Map.of("kind", "letter"), Map.of());
        Document after = render(TRIAL, Map.of("kind", "letter", "urgent", true), Map.of());

        assertThat(before.select("#firstClass")).isEmpty();
        assertThat(after.select("#firstClass")).hasSize(1);
        assertThat(after.select(".eia-reveal #firstClass")).isEmpty();
    }

    @Test
    void aPhoneNumberIsAskedForAsSoonAsPhoneIsChosen() {
        Document page = render(TRIAL, Map.of(), Map.of());

        Element number = page.getElementById("conditional-number");
        assertThat(number.select("#number")).hasSize(1);
        assertThat(valuesShowing(number)).containsExactly("phone");
        assertThat(number.hasAttr("hidden")).isTrue();
    }

    @Test
    void tickingABoxUnfoldsItsFollowUp() {
        Document page = render(TRIAL, Map.of(), Map.of());

        Element why = page.getElementById("conditional-why");
        assertThat(why.attr("data-eia-reveal-field")).isEqualTo("urgent");
        assertThat(valuesShowing(why)).containsExactly("true");
        assertThat(page.getElementById("urgent").attr("aria-controls")).isEqualTo("conditional-why");
        assertThat(page.getElementById("urgent").closest(".nhsuk-checkboxes").hasAttr("data-module")).isFalse();
    }

    @Test
    void eachRowOfAListUnfoldsItsOwnFollowUp() {
        Document page = render(TRIAL, Map.of("contacts", List.of(Map.of("via", "email", "address", "a@example.nhs.uk"),
                Map.of("via", "post"))), Map.of());

        Element first = page.getElementById("conditional-contacts-0-address");
        Element second = page.getElementById("conditional-contacts-1-address");
        assertThat(first.attr("data-eia-reveal-field")).isEqualTo("contacts[0].via");
        assertThat(second.attr("data-eia-reveal-field")).isEqualTo("contacts[1].via");
        assertThat(valuesShowing(first)).containsExactly("email");
        assertThat(first.hasAttr("hidden")).isFalse();
        assertThat(second.hasAttr("hidden")).isTrue();
        assertThat(first.select("#contacts-0-address").val()).isEqualTo("a@example.nhs.uk");
        assertThat(page.getElementById("contacts-1-via").attr("aria-controls")).isEqualTo("conditional-contacts-1-address");
    }

    @Test
    void answersToAFollowUpHiddenAgainAreNeitherSentNorKept() {
        // Return was chosen and reasons given, then Approve: the reasons are hidden again.
        FormDefinition signOff = form("sign-off");
        Map<String, Object> answers = Map.of("signOffDecision", "approve", "dueRegardAttestation", true,
                "returnTo", "impact", "signOffComments", "Needs more evidence");
        Map<String, String[]> posted = FormPages.posted(RENDERER.renderFields(signOff, answers, List.of(), Map.of()));

        assertThat(posted).doesNotContainKeys("returnTo", "signOffComments");
        assertThat(validator.validate(signOff, BINDER.bind(signOff, posted), Map.of(), Check.COMPLETE).accepted())
                .isEqualTo(Map.of("signOffDecision", "approve", "dueRegardAttestation", true));
        // Sent all the same, by a browser that ignored the page: the server keeps only what the decision asks for.
        assertThat(validator.validate(signOff, answers, Map.of(), Check.COMPLETE).accepted())
                .isEqualTo(Map.of("signOffDecision", "approve", "dueRegardAttestation", true));
    }

    private static Document render(FormDefinition form, Map<String, Object> values, Map<String, Object> context) {
        return Jsoup.parseBodyFragment(RENDERER.renderFields(form, values, List.of(), context));
    }

    private static List<String> valuesShowing(Element container) {
        try {
            return JSON.readValue(container.attr("data-eia-reveal-values"), new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
