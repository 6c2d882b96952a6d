package uk.nhs.eia.forms;

/** A form file that cannot be used, with the file, the component and the problem named. */
public class FormSchemaException extends RuntimeException {

    public FormSchemaException(String source, String componentId, String problem) {
        super("Form %s%s: %s".formatted(source, componentId == null ? "" : ", component " + componentId, problem));
    }
}
