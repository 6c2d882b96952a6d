package uk.nhs.eia.forms;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** A form file that cannot be used, with the file, the component and the problem named. */
public class FormSchemaException extends Invalid {

    public FormSchemaException(String source, String componentId, String problem) {
        this("Form %s%s: %s".formatted(source, componentId == null ? "" : ", component " + componentId, problem));
    }

    private FormSchemaException(String message) {
        super(message, List.of(new FieldError("schema", message)));
    }

    @Override
    public String detail() {
        return "The form cannot be used: " + getMessage();
    }
}
