package uk.nhs.eia.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a form-js schema into a {@link FormDefinition}, refusing anything Camunda 7.24 Tasklist would not render. */
public class FormSchemaReader {

    private final ObjectMapper json = new ObjectMapper();

    public FormDefinition read(String source, InputStream schema) {
        JsonNode root;
        try {
            root = json.readTree(schema);
        } catch (IOException e) {
            throw new FormSchemaException(source, null, "is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FormSchemaException(source, null, "is not a form-js schema object");
        }
        String id = root.path("id").asText("");
        if (id.isBlank()) {
            throw new FormSchemaException(source, null, "has no \"id\"; camunda:formRef needs it to find the form");
        }
        Set<String> seenIds = new HashSet<>();
        return new FormDefinition(id, source, components(source, root.path("components"), seenIds));
    }

    private List<FormComponent> components(String source, JsonNode array, Set<String> seenIds) {
        List<FormComponent> components = new ArrayList<>();
        for (JsonNode node : array) {
            components.add(component(source, node, seenIds));
        }
        return components;
    }

    private FormComponent component(String source, JsonNode node, Set<String> seenIds) {
        String id = node.path("id").asText("");
        if (id.isBlank()) {
            throw new FormSchemaException(source, null, "a component of type \"" + node.path("type").asText() + "\" has no id");
        }
        if (!seenIds.add(id)) {
            throw new FormSchemaException(source, id, "the id is used by more than one component");
        }
        String typeName = node.path("type").asText("");
        ComponentType type = ComponentType.of(typeName).orElseThrow(() -> new FormSchemaException(source, id,
                "type \"" + typeName + "\" is not one that Camunda 7.24 Tasklist renders"));
        String key = text(node, "key");
        if (type.holdsValue() && key == null) {
            throw new FormSchemaException(source, id, "a " + typeName + " needs a key to hold its value");
        }
        if (type == ComponentType.DYNAMIC_LIST && text(node, "path") == null) {
            throw new FormSchemaException(source, id, "a dynamic list needs a path to hold its rows");
        }
        List<FormComponent.Option> options = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            options.add(new FormComponent.Option(value.path("value").asText(), value.path("label").asText()));
        }
        Map<String, Object> validate = new LinkedHashMap<>();
        node.path("validate").fields().forEachRemaining(entry -> validate.put(entry.getKey(), scalar(entry.getValue())));
        Map<String, String> properties = new LinkedHashMap<>();
        node.path("properties").fields().forEachRemaining(entry -> properties.put(entry.getKey(), entry.getValue().asText()));
        String label = type == ComponentType.DATETIME ? text(node, "dateLabel") : text(node, "label");
        return new FormComponent(id, type, key, text(node, "path"), label, text(node, "description"), text(node, "text"),
                validate, options, text(node, "valuesExpression"),
                text(node.path("conditional"), "hide"), text(node, "readonly"), properties,
                node.path("decimalDigits").isInt() ? node.path("decimalDigits").intValue() : null,
                components(source, node.path("components"), seenIds));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static Object scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.asText();
    }
}
