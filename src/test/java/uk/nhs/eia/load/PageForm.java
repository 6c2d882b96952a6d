package uk.nhs.eia.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answers as a browser posts our pages' forms: a date as its day, month and year boxes, a checklist as one field
 * per ticked box, and the anti-forgery token.
 */
final class PageForm {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PageForm() {
    }

    static String encode(Map<String, Object> answers, String csrf, String... extra) {
        List<String> fields = new ArrayList<>();
        answers.forEach((key, value) -> add(fields, key, value));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.add(pair(extra[i], extra[i + 1]));
        }
        fields.add(pair("_csrf", csrf));
        return String.join("&", fields);
    }

    private static void add(List<String> fields, String key, Object value) {
        if (value instanceof List<?> values) {
            values.forEach(one -> fields.add(pair(key, String.valueOf(one))));
        } else if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
            String[] parts = text.split("-");
            fields.add(pair(key + "-day", parts[2]));
            fields.add(pair(key + "-month", parts[1]));
            fields.add(pair(key + "-year", parts[0]));
        } else {
            fields.add(pair(key, String.valueOf(value)));
        }
    }

    private static String pair(String key, String value) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
