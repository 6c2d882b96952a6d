package uk.nhs.eia.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.forms.process.FeelConditions;

/** Whatever is thrown at any form, the validator answers with field errors, never a failure, and keeps only what it checked. */
class HostileSubmissionProperties {

    private static final FormCatalogue FORMS = new FormCatalogue();
    private static final FormValidator VALIDATOR = new FormValidator(new FeelConditions(), FormLimits.defaults());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void anySubmissionGetsAnAnswerNotAFailure(@ForAll("formsAndSubmissions") FormAndSubmission sample) {
        for (Check check : Check.values()) {
            Validation result = VALIDATOR.validate(sample.form(), sample.submission(), Map.of(), check);

            assertThat(result.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
            assertThat(result.accepted().keySet()).isSubsetOf(sample.form().valueKeys());
        }
    }

    @Property(tries = 300)
    void whatIsAcceptedReadsBackExactlyAfterStorage(@ForAll("formsAndSubmissions") FormAndSubmission sample) throws Exception {
        Validation result = VALIDATOR.validate(sample.form(), sample.submission(), Map.of(), Check.COMPLETE);

        String stored = JSON.writeValueAsString(result.accepted());
        Map<String, Object> readBack = JSON.readValue(stored, new TypeReference<>() {
        });
        assertThat(JSON.writeValueAsString(readBack)).isEqualTo(stored);
    }

    @Property(tries = 200)
    void aSubmissionWithAKeyTheFormDoesNotHaveIsNeverValid(@ForAll("formsAndSubmissions") FormAndSubmission sample) {
        boolean hasUnknownKey = sample.submission().keySet().stream().anyMatch(key -> !sample.form().valueKeys().contains(key));

        Validation result = VALIDATOR.validate(sample.form(), sample.submission(), Map.of(), Check.DRAFT);

        if (hasUnknownKey) {
            assertThat(result.valid()).isFalse();
        }
    }

    @Provide
    Arbitrary<FormAndSubmission> formsAndSubmissions() {
        Arbitrary<FormDefinition> forms = Arbitraries.of(List.copyOf(FORMS.all()));
        return forms.flatMap(form -> HostileSubmissions.against(form).map(submission -> new FormAndSubmission(form, submission)));
    }

    record FormAndSubmission(FormDefinition form, Map<String, Object> submission) {
        @Override
        public String toString() {
            return form.id() + " " + submission.keySet();
        }
    }
}
