package uk.nhs.eia.forms.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.forms.FormSchemaReader;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.roles.AdminsOnly;

/** For form authors: see a form as staff will, and try answers against it, before it is deployed. */
@RestController
@RequestMapping("/api/forms")
@AdminsOnly
class FormToolsApi {

    private final FormCatalogue forms;
    private final FormRenderer renderer;
    private final FormValidator validator;
    private final FormSchemaReader reader = new FormSchemaReader();

    FormToolsApi(FormCatalogue forms, FormRenderer renderer, FormValidator validator) {
        this.forms = forms;
        this.renderer = renderer;
        this.validator = validator;
    }

    /** A form-js schema in; its NHS markup out, or 422 naming what makes it unusable. */
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> preview(@RequestBody String schema) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(renderer.renderFields(read(schema), Map.of(), List.of(), Map.of()));
    }

    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ValidationResult validate(@RequestBody ValidationRequest request) {
        FormDefinition form;
        if (request.schema() != null) {
            form = read(request.schema().toString());
        } else if (request.formId() != null) {
            form = forms.find(request.formId()).orElseThrow(() -> new NotFound("No such form",
                    "There is no form with the id " + request.formId()));
        } else {
            throw new Invalid(List.of(new FieldError("formId", "Send a formId or a schema, and the data to check")));
        }
        Validation validation = validator.validate(form, request.data() == null ? Map.of() : request.data(),
                request.context() == null ? Map.of() : request.context(), Check.COMPLETE);
        return new ValidationResult(validation.valid(), validation.errors());
    }

    private FormDefinition read(String schema) {
        return reader.read("the form sent", new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8)));
    }

    record ValidationRequest(String formId, JsonNode schema, Map<String, Object> data,
            Map<String, Object> context) {
    }

    record ValidationResult(boolean valid, List<FieldError> errors) {
    }
}
