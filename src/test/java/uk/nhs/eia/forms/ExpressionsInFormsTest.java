package uk.nhs.eia.forms;

import uk.nhs.eia.refusal.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.forms.process.FeelConditions;

/** Read-only fields and options from a FEEL expression, as form-js defines them, on the server and in pages. */
class ExpressionsInFormsTest {

    private static final FormDefinition FORM = new FormSchemaReader().read("trial.form", new ByteArrayInputStream("""
            {"id": "trial", "components": [
              {"id": "Field_reference", "type": "textfield", "key": "reference", "label": "Reference", "readonly": true,
               "validate": {"required": true}},
              {"id": "Field_directorate", "type": "select", "key": "directorate", "label": "Directorate",
               "valuesExpression": "=directorates", "validate": {"required": true}},
              {"id": "Field_notes", "type": "textfield", "key": "notes", "label": "Notes", "readonly": "=locked"}
            ]}""".getBytes(StandardCharsets.UTF_8)));
    private static final Map<String, Object> CONTEXT = Map.of(
            "directorates", List.of(Map.of("label", "Operations", "value", "operations"), Map.of("label", "Digital", "value", "digital")),
            "locked", true);

    private final FormValidator validator = new FormValidator(new FeelConditions(), FormLimits.defaults());

    @Test
    void aReadOnlyFieldIsNeitherRequiredNorTakenFromTheSubmission() {
        Validation result = validator.validate(FORM, Map.of("reference", "EIA-FORGED", "directorate", "digital",
                "notes", "changed"), CONTEXT, Check.COMPLETE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).isEqualTo(Map.of("directorate", "digital"));
    }

    @Test
    void optionsComeFromTheValuesExpression() {
        Validation result = validator.validate(FORM, Map.of("directorate", "finance"), CONTEXT, Check.COMPLETE);

        assertThat(result.errors()).containsExactly(new FieldError("directorate", "Select directorate from the options given"));
    }

    @Test
    void pagesShowReadOnlyFieldsAsSuchAndTheExpressionsOptions() {
        Document page = Jsoup.parseBodyFragment(FormPages.RENDERER.renderFields(FORM, Map.of("reference", "EIA-2026-0001"),
                List.of(), CONTEXT));

        assertThat(page.select("#reference").hasAttr("readonly")).isTrue();
        assertThat(page.select("#notes").hasAttr("readonly")).isTrue();
        assertThat(page.select("#directorate option").eachText()).containsExactly("Choose an option", "Operations", "Digital");
    }
}
