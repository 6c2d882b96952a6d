package uk.nhs.eia.forms;

import java.util.List;

/**
 * One component as a page shows it: what the NHS design system markup needs, already worked out, so that the
 * templates only lay it out. {@code name} is the field's name in the posted form, {@code id} its HTML id.
 */
public record FieldView(String type, String id, String name, String label, String hint, String error, String value,
        boolean checked, boolean readonly, List<OptionView> options, Integer maxLength, DateParts date, String html,
        List<FieldView> children, List<RowView> rows) {

    /** The same field, shown but not for changing. */
    public FieldView readOnly() {
        return new FieldView(type, id, name, label, hint, error, value, checked, true, options, maxLength, date, html,
                children, rows);
    }

    public boolean hasError() {
        return error != null;
    }

    /** The ids the control's {@code aria-describedby} names: its hint and its error, where it has them. */
    public String describedBy() {
        String ids = (hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error ")
                + (maxLength == null || !"textarea".equals(type) ? "" : id + "-info");
        return ids.isBlank() ? null : ids.strip();
    }

    public record OptionView(String id, String value, String label, boolean checked) {
    }

    public record DateParts(String day, String month, String year) {
    }

    /** One row of a dynamic list: its number as people count, and its fields. */
    public record RowView(int number, String removeName, List<FieldView> fields) {
    }
}
