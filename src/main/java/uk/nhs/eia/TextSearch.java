package uk.nhs.eia;

import java.util.Locale;

/**
 * How searches by reference or title match: case aside, anywhere in the text, with what people type taken literally
 * (a "%" or "_" is not a wildcard). Patterns use {@value #ESCAPE} as the LIKE escape character.
 */
public final class TextSearch {

    public static final char ESCAPE = '\\';

    private TextSearch() {
    }

    /** The LIKE pattern, for a lower-cased column, that finds {@code text} anywhere; every row for blank text. */
    public static String containing(String text) {
        String literal = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
