package uk.nhs.eia.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A parsed form: its id (what {@code camunda:formRef} names), the file it came from, and its components. */
public record FormDefinition(String id, String source, List<FormComponent> components) {

    /** Every component, depth first, including those inside groups and dynamic lists. */
    public List<FormComponent> allComponents() {
        List<FormComponent> all = new ArrayList<>();
        collect(components, all);
        return all;
    }

    /** The keys a submission of this form may carry: fields, through groups, and the lists dynamic lists fill. */
    public Set<String> valueKeys() {
        return valueKeys(components);
    }

    /**
     * The answers too large to carry in the process once they are kept on the record: long text and dynamic lists,
     * unless the form author marks a field {@code keepInProcess} because the process or a later form reads it.
     */
    public Set<String> largeAnswerKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (FormComponent component : allComponents()) {
            boolean large = component.type() == ComponentType.TEXTAREA || component.type() == ComponentType.DYNAMIC_LIST;
            if (large && !"true".equals(component.properties().get("keepInProcess"))) {
                keys.add(component.type() == ComponentType.DYNAMIC_LIST ? component.path() : component.key());
            }
        }
        keys.retainAll(valueKeys());
        return keys;
    }

    static Set<String> valueKeys(List<FormComponent> components) {
        Set<String> keys = new LinkedHashSet<>();
        for (FormComponent component : components) {
            if (component.type() == ComponentType.DYNAMIC_LIST) {
                keys.add(component.path());
            } else if (component.type() == ComponentType.GROUP) {
                keys.addAll(valueKeys(component.components()));
            } else if (component.type().holdsValue()) {
                keys.add(component.key());
            }
        }
        return keys;
    }

    private static void collect(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            into.add(component);
            collect(component.components(), into);
        }
    }
}
