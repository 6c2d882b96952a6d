package uk.nhs.eia.mentoring.api;

import java.util.Map;

/** Answers to one of the programme's forms, as the task forms API takes them: {@code {"data": {...}}}. */
record Answers(Map<String, Object> data) {

    /** The answers sent; none when {@code data} was left out, which the form then refuses field by field. */
    Map<String, Object> answers() {
        return data == null ? Map.of() : data;
    }
}
