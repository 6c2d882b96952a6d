package uk.nhs.eia.forms;

import java.util.ArrayList;
import java.util.List;

/** A parsed form: its id (what {@code camunda:formRef} names), the file it came from, and its components. */
public record FormDefinition(String id, String source, List<FormComponent> components) {

    /** Every component, depth first, including those inside groups and dynamic lists. */
    public List<FormComponent> allComponents() {
        List<FormComponent> all = new ArrayList<>();
        collect(components, all);
        return all;
    }

    private static void collect(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            into.add(component);
            collect(component.components(), into);
        }
    }
}
