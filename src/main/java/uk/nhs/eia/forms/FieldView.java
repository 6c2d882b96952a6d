package uk.nhs.eia.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One component as a page shows it: what the NHS design system markup needs, already worked out, so that the
 * templates only lay it out. {@code name} is the field's name in the posted form, {@code id} its HTML id.
 * {@code controls} names the containers of the follow-up questions a ticked checkbox or a select unfolds (a radio's
 * are on its options); {@code reveal} is set on a follow-up question that unfolds in the browser; {@code choosing} on a
 * list of people that becomes a type-ahead in the browser.
 */
public record FieldView(String type, String id, String name, String label, String hint, String error, String value,
        boolean checked, boolean readonly, List<OptionView> options, Integer maxLength, DateParts date, String html,
        List<FieldView> children, List<RowView> rows, String controls, Reveal reveal, PersonSearch choosing) {

    /** The same field, shown but not for changing. */
    public FieldView readOnly() {
        return new FieldView(type, id, name, label, hint, error, value, checked, true, options, maxLength, date, html,
                children, rows, controls, reveal, choosing);
    }

    /** The same field, unfolding the follow-up questions in these containers (space-separated ids; null for none). */
    FieldView controlling(String containers) {
        return new FieldView(type, id, name, label, hint, error, value, checked, readonly, options, maxLength, date, html,
                children, rows, containers, reveal, choosing);
    }

    /** The same field, as a follow-up question that unfolds in the browser; null for one that is simply shown. */
    FieldView unfolding(Reveal unfolding) {
        return new FieldView(type, id, name, label, hint, error, value, checked, readonly, options, maxLength, date, html,
                children, rows, controls, unfolding, choosing);
    }

    /**
     * Whether answering here unfolds follow-up questions. The page's own script then looks after them: nhsuk-frontend's
     * would toggle its conditional class on any input naming what it controls, and knows only one value per container.
     */
    public boolean unfoldsFollowUps() {
        return controls != null || options.stream().anyMatch(option -> option.controls() != null);
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

    /** One answer to choose; {@code controls} names the containers of the follow-up questions it unfolds, or is null. */
    public record OptionView(String id, String value, String label, boolean checked, String controls) {
    }

    /**
     * Where the type-ahead over a list of people asks as the person types; {@code within} names another field whose
     * answer is sent along under its own key, or is null.
     */
    public record PersonSearch(String path, String within) {
    }

    public record DateParts(String day, String month, String year) {
    }

    /** One row of a dynamic list: its number as people count, and its fields. */
    public record RowView(int number, String removeName, List<FieldView> fields) {
    }

    /**
     * How a follow-up question unfolds: its container {@code id}, shown while the field posted as {@code field} has
     * one of {@code values} (as posted: "" for no answer yet, "true" or "false" for a checkbox); {@code hidden}
     * whether the answers the page opens with hide it; {@code beneath} whether it comes after its question, and so
     * is drawn as NHS conditional content below it.
     */
    public record Reveal(String id, String field, List<String> values, boolean hidden, boolean beneath) {

        private static final ObjectMapper JSON = new ObjectMapper();

        /** The values as a JSON array, for the page's script. */
        public String valuesJson() {
            try {
                return JSON.writeValueAsString(values);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
