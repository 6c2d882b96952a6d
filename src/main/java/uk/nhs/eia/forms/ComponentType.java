package uk.nhs.eia.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form-js components that Camunda 7.24 Tasklist renders, and so the only ones a form may use. */
public enum ComponentType {
    TEXTFIELD("textfield", true),
    TEXTAREA("textarea", true),
    NUMBER("number", true),
    DATETIME("datetime", true),
    CHECKBOX("checkbox", true),
    CHECKLIST("checklist", true),
    RADIO("radio", true),
    SELECT("select", true),
    TAGLIST("taglist", true),
    TEXT("text", false),
    GROUP("group", false),
    DYNAMIC_LIST("dynamiclist", false),
    TABLE("table", false),
    SPACER("spacer", false),
    SEPARATOR("separator", false);

    private final String schemaName;
    private final boolean holdsValue;

    ComponentType(String schemaName, boolean holdsValue) {
        this.schemaName = schemaName;
        this.holdsValue = holdsValue;
    }

    public static Optional<ComponentType> of(String schemaName) {
        return Arrays.stream(values()).filter(type -> type.schemaName.equals(schemaName)).findFirst();
    }

    public String schemaName() {
        return schemaName;
    }

    /** Whether a submission carries a value under this component's key. */
    public boolean holdsValue() {
        return holdsValue;
    }
}
