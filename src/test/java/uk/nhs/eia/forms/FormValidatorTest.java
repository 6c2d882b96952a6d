package uk.nhs.eia.forms;

import uk.nhs.eia.refusal.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.demo.DemoAnswers;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.forms.process.FeelConditions;

/** Server-side validation of the real forms, rule by rule, with messages a person can act on. */
class FormValidatorTest {

    private static final FormCatalogue FORMS = new FormCatalogue();
    private final FormValidator validator = new FormValidator(new FeelConditions(), FormLimits.defaults());

    @Test
    void completeAnswersAreAccepted() {
        assertThat(validate("impact-assessment", DemoAnswers.impactAssessment()).errors()).isEmpty();
        assertThat(validate("action-plan-and-outcome", DemoAnswers.actionPlanAndOutcome(LocalDate.now().plusYears(1))).errors()).isEmpty();
        assertThat(validate("screening", DemoAnswers.screening(true)).errors()).isEmpty();
    }

    @Test
    void everyMissingAnswerIsReportedAtOnceNamingTheField() {
        Validation result = validate("impact-assessment", Map.of());

        assertThat(result.errors()).contains(
                new FieldError("ageRationale", "Enter the rationale for the impact on age"),
                new FieldError("ageImpact", "Select the impact on age"),
                new FieldError("homelessnessEvidence", "Enter the evidence for the impact on people experiencing homelessness"));
        assertThat(result.errors()).hasSizeGreaterThan(60);
    }

    @Test
    void aHiddenFieldIsNotRequiredAndItsValueIsDropped() {
        Map<String, Object> answers = DemoAnswers.impactAssessment();
        answers.put("digitalBias", "Typed before the proposal type changed");

        Validation result = validator.validate(form("impact-assessment"), answers, Map.of("proposalType", "policy"), Check.COMPLETE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).doesNotContainKey("digitalBias");
    }

    @Test
    void aFieldShownByItsConditionBecomesRequired() {
        Validation result = validator.validate(form("impact-assessment"), DemoAnswers.impactAssessment(),
                Map.of("proposalType", "digital-ai"), Check.COMPLETE);

        assertThat(result.errors()).containsExactly(new FieldError("digitalBias", "Enter how you have examined bias and gaps in the data"));
    }

    @Test
    void continuingDespiteAnAdverseImpactNeedsAJustification() {
        Map<String, Object> answers = DemoAnswers.actionPlanAndOutcome(LocalDate.now().plusYears(1));
        answers.put("outcome", "continue-despite-impact");

        assertThat(validate("action-plan-and-outcome", answers).errors())
                .containsExactly(new FieldError("justification", "Enter why the proposal should continue despite the adverse impact"));
    }

    @Test
    void approvingWithoutTheAttestationIsRefused() {
        Map<String, Object> answers = new HashMap<>(DemoAnswers.signOff("approve", null));
        answers.put("dueRegardAttestation", false);

        assertThat(validate("sign-off", answers).errors()).containsExactly(new FieldError("dueRegardAttestation",
                "Confirm that you have read the assessment and paid due regard to the aims of the duty and to health inequalities"));
    }

    @Test
    void anOptionThatIsNotOfferedIsRefused() {
        Map<String, Object> answers = DemoAnswers.screening(true);
        answers.put("vulnerability", "extreme");

        assertThat(validate("screening", answers).errors())
                .containsExactly(new FieldError("vulnerability", "Select how vulnerable the people affected are from the options given"));
    }

    @Test
    void numbersOutsideTheirRangeOrNotNumbersAreRefused() {
        Map<String, Object> answers = DemoAnswers.screening(true);
        answers.put("riskLikelihood", 5);
        answers.put("riskImpact", "three");

        assertThat(validate("screening", answers).errors()).containsExactly(
                new FieldError("riskLikelihood", "How likely it is that a group will be disadvantaged must be between 1 and 4"),
                new FieldError("riskImpact", "How serious the disadvantage would be must be a number"));
    }

    @Test
    void aDateThatIsNotARealDateIsRefused() {
        Map<String, Object> answers = DemoAnswers.actionPlanAndOutcome(LocalDate.now().plusYears(1));
        answers.put("reviewDate", "2027-02-30");

        assertThat(validate("action-plan-and-outcome", answers).errors())
                .containsExactly(new FieldError("reviewDate", "The review date must be a real date"));
    }

    @Test
    void eachActionRowIsValidatedAndItsErrorsNameTheRow() {
        Map<String, Object> answers = DemoAnswers.actionPlanAndOutcome(LocalDate.now().plusYears(1));
        answers.put("actions", List.of(
                Map.of("action", "Add monitoring", "owner", "Service manager", "dueDate", "2027-01-31",
                        "successMeasure", "90% recorded", "status", "not-started"),
                Map.of("action", "Run a focus group", "dueDate", "soon", "successMeasure", "Held", "status", "not-started")));

        assertThat(validate("action-plan-and-outcome", answers).errors()).containsExactly(
                new FieldError("actions[1].owner", "Enter the owner of the action"),
                new FieldError("actions[1].dueDate", "The due date of the action must be a real date"));
    }

    @Test
    void unknownKeysAreRefused() {
        Map<String, Object> answers = DemoAnswers.screening(true);
        answers.put("isAdmin", true);

        assertThat(validate("screening", answers).errors()).containsExactly(
                new FieldError("isAdmin", "\"isAdmin\" is not a question on this form. Remove it and submit again"));
    }

    @Test
    void textLongerThanItsLimitIsRefused() {
        Map<String, Object> answers = DemoAnswers.screening(true);
        answers.put("screeningRationale", "x".repeat(4001));

        assertThat(validate("screening", answers).errors()).containsExactly(
                new FieldError("screeningRationale", "An explanation of your screening answers must be 4000 characters or fewer"));
    }

    @Test
    void aWrongTypeIsRefusedRatherThanStored() {
        Map<String, Object> answers = DemoAnswers.screening(true);
        answers.put("screeningRationale", List.of("not", "text"));

        assertThat(validate("screening", answers).errors()).containsExactly(
                new FieldError("screeningRationale", "An explanation of your screening answers must be text"));
    }

    @Test
    void anOversizedSubmissionIsRefusedWhole() {
        Map<String, Object> answers = DemoAnswers.screening(true);
        answers.put("screeningRationale", "x".repeat(300 * 1024));

        Validation result = validate("screening", answers);

        assertThat(result.errors()).extracting(FieldError::message)
                .containsExactly("The answers are too large to save. Together they must be 256 KB or less");
        assertThat(result.accepted()).isEmpty();
    }

    @Test
    void aDraftIsCheckedForTypesAndSizesButNotCompleteness() {
        Map<String, Object> draft = Map.of("screeningRationale", "Half written", "riskLikelihood", "not a number");

        assertThat(validator.validate(form("screening"), draft, Map.of(), Check.DRAFT).errors()).containsExactly(
                new FieldError("riskLikelihood", "How likely it is that a group will be disadvantaged must be a number"));
    }

    @Test
    void acceptedValuesReadBackAsSubmitted() {
        Map<String, Object> answers = DemoAnswers.screening(true);

        Validation result = validate("screening", answers);

        assertThat(result.accepted()).containsEntry("screeningRationale", answers.get("screeningRationale"))
                .containsEntry("riskLikelihood", 3L).containsEntry("vulnerability", "low");
    }

    private Validation validate(String formId, Map<String, Object> answers) {
        return validator.validate(form(formId), answers, Map.of(), Check.COMPLETE);
    }

    private static FormDefinition form(String id) {
        return FORMS.find(id).orElseThrow();
    }
}
