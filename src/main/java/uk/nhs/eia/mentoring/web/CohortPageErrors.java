package uk.nhs.eia.mentoring.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/**
 * What the cohort page's own forms (swap, leaver, training session) refused, carried back to the page across the
 * redirect: each error with the id of the control to change, and what the person sent, so the page shows the error
 * beside its field with their choice still made. Flash attributes live in the session store, so both are plain maps
 * of text.
 */
final class CohortPageErrors {

    /** Flash attribute: the id of the control to change, and what to do. */
    static final String ERRORS = "cohortErrors";
    /** Flash attribute: what was sent, by field name. */
    static final String SENT = "cohortSent";

    private CohortPageErrors() {
    }

    /**
     * The ids of a form's controls on the page, by the field name the service's errors give, in the form's order.
     *
     * @param nameThenId a field's name, then its control's id, for each field
     */
    static Map<String, String> anchors(String... nameThenId) {
        Map<String, String> anchors = new LinkedHashMap<>();
        for (int i = 0; i < nameThenId.length; i += 2) {
            anchors.put(nameThenId[i], nameThenId[i + 1]);
        }
        return Collections.unmodifiableMap(anchors);
    }

    /** Sends the refusal back to the cohort page; {@code anchors} as {@link #anchors} makes them. */
    static void flash(RedirectAttributes redirect, Invalid refused, Map<String, String> anchors, Map<String, String> sent) {
        flash(redirect, refused.fieldErrors(), anchors, sent);
    }

    static void flash(RedirectAttributes redirect, List<FieldError> errors, Map<String, String> anchors,
            Map<String, String> sent) {
        LinkedHashMap<String, String> byAnchor = new LinkedHashMap<>();
        // An error about a field the page has no control for goes to the form's first control, where it is still seen.
        String first = anchors.values().iterator().next();
        errors.forEach(error -> byAnchor.putIfAbsent(anchors.getOrDefault(error.key(), first), error.message()));
        redirect.addFlashAttribute(ERRORS, byAnchor);
        redirect.addFlashAttribute(SENT, new LinkedHashMap<>(sent));
    }

    /** The refused errors as the page's error summary links them, in the order they were found. */
    static List<ErrorLink> summaryOf(Model model) {
        List<ErrorLink> links = new ArrayList<>();
        byAnchor(model).forEach((anchor, message) -> links.add(new ErrorLink(message, anchor)));
        return links;
    }

    static Map<String, String> byAnchor(Model model) {
        return textMap(model.getAttribute(ERRORS));
    }

    static Map<String, String> sent(Model model) {
        return textMap(model.getAttribute(SENT));
    }

    private static Map<String, String> textMap(Object attribute) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (attribute instanceof Map<?, ?> map) {
            map.forEach((key, value) -> texts.put(String.valueOf(key), String.valueOf(value)));
        }
        return texts;
    }
}
