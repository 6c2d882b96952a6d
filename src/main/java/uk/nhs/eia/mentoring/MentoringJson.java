package uk.nhs.eia.mentoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Answers as the programme's tables keep them: the form's accepted answers as JSON. */
final class MentoringJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MentoringJson() {
    }

    static String write(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kept mentoring answers are not JSON", e);
        }
    }
}
