package uk.nhs.eia.forms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The text components of a form: a little Markdown (headings, bold, quotes, paragraphs) and {@code {{name}}}
 * placeholders filled from the case. Everything is escaped before any markup is added, so no value can inject
 * HTML.
 */
final class FormText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private FormText() {
    }

    static String toHtml(String markdown, Map<String, Object> values) {
        StringBuilder html = new StringBuilder();
        for (String block : markdown.split("\\n\\s*\\n")) {
            String text = inline(block.strip(), values);
            if (text.startsWith("### ")) {
                html.append("<h3 class=\"nhsuk-heading-s\">").append(text.substring(4)).append("</h3>");
            } else if (text.startsWith("## ")) {
                html.append("<h2 class=\"nhsuk-heading-m\">").append(text.substring(3)).append("</h2>");
            } else if (text.startsWith("&gt; ")) {
                html.append("<div class=\"nhsuk-inset-text\"><p>").append(text.substring(5)).append("</p></div>");
            } else if (!text.isEmpty()) {
                html.append("<p>").append(text).append("</p>");
            }
        }
        return html.toString();
    }

    private static String inline(String block, Map<String, Object> values) {
        Matcher placeholder = PLACEHOLDER.matcher(block);
        StringBuilder filled = new StringBuilder();
        int last = 0;
        while (placeholder.find()) {
            filled.append(HtmlUtils.htmlEscape(block.substring(last, placeholder.start())));
            Object value = values.get(placeholder.group(1));
            filled.append(HtmlUtils.htmlEscape(value == null ? "" : value.toString()));
            last = placeholder.end();
        }
        filled.append(HtmlUtils.htmlEscape(block.substring(last)));
        return BOLD.matcher(filled.toString()).replaceAll("<strong>$1</strong>");
    }
}
