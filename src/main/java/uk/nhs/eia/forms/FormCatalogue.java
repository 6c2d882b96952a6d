package uk.nhs.eia.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every form deployed with the process, read once at start-up. A broken or unsupported form stops the start, with
 * the file, the component and the problem named, rather than failing later in front of a user.
 */
@Component
public class FormCatalogue {

    static final String FORMS = "classpath*:forms/**/*.form";

    private final Map<String, FormDefinition> forms = new LinkedHashMap<>();

    public FormCatalogue() {
        FormSchemaReader reader = new FormSchemaReader();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(FORMS)) {
                try (InputStream schema = resource.getInputStream()) {
                    FormDefinition form = reader.read(resource.getFilename(), schema);
                    FormDefinition clash = forms.putIfAbsent(form.id(), form);
                    if (clash != null) {
                        throw new FormSchemaException(form.source(), null,
                                "has the id \"" + form.id() + "\", which " + clash.source() + " already uses");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the forms in " + FORMS, e);
        }
    }

    public Optional<FormDefinition> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    public Collection<FormDefinition> all() {
        return forms.values();
    }
}
