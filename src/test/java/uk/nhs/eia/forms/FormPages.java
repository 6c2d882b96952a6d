package uk.nhs.eia.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.nhs.eia.forms.process.FeelConditions;

/** The renderer on the application's own templates, and what a browser would post back from what it renders. */
final class FormPages {

    static final FormCatalogue FORMS = new FormCatalogue();
    static final FormRenderer RENDERER = new FormRenderer(templates(), new FeelConditions(), List.of());
    static final FormBinder BINDER = new FormBinder();

    private FormPages() {
    }

    static FormDefinition form(String id) {
        return FORMS.find(id).orElseThrow();
    }

    /** The name and value pairs a browser posts for this HTML form, as a servlet request's parameter map. */
    static Map<String, String[]> posted(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        Map<String, List<String>> values = new HashMap<>();
        for (Element control : page.select("input[name], textarea[name], select[name]")) {
            if (control.hasAttr("disabled") || control.parents().stream().anyMatch(parent -> parent.is("fieldset[disabled]"))) {
                continue;
            }
            String name = control.attr("name");
            String value = switch (control.tagName()) {
                case "textarea" -> control.wholeText();
                case "select" -> control.select("option[selected]").isEmpty() ? "" : control.select("option[selected]").first().attr("value");
                default -> control.attr("value");
            };
            String type = control.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !control.hasAttr("checked")) {
                continue;
            }
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> posted = new HashMap<>();
        values.forEach((name, list) -> posted.put(name, list.toArray(String[]::new)));
        return posted;
    }

    static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setEnableSpringELCompiler(true);
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
