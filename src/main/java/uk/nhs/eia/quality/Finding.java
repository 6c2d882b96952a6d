package uk.nhs.eia.quality;

/**
 * The result of one rubric check: {@code id} as the rubric numbers it ("Q1" to "Q18"), whether it passed, how much
 * it matters ({@code error} for the automatic checks, {@code warning} for flags that never block), what was found,
 * and the field to fix ({@code form#key}), or null when no single field is at fault.
 */
public record Finding(String id, boolean passed, String severity, String message, String field) {

    static final String ERROR = "error";
    static final String WARNING = "warning";

    /** The form the field to fix is on, or null. */
    public String formId() {
        return field == null || !field.contains("#") ? null : field.substring(0, field.indexOf('#'));
    }

    /** The id of the field's first control on the step's page, as the NHS error summary links to it; null if none. */
    public String anchor() {
        String key = key();
        return key == null || key.isEmpty() ? null : key.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** The key of the field to fix, without its form, or null. */
    public String key() {
        return field == null || !field.contains("#") ? null : field.substring(field.indexOf('#') + 1);
    }
}
