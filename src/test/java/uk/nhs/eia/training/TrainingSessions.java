package uk.nhs.eia.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sessions with delegates, made as an administrator makes them: through the training API. */
final class TrainingSessions {

    private TrainingSessions() {
    }

    /** A new session, on a day of its own, whose delegates are the people named. */
    static long withDelegates(TestRestTemplate rest, String title, String... usernames) {
        LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 900));
        ResponseEntity<Map> created = rest.withBasicAuth("admin", "demo").postForEntity("/api/training/sessions",
                Map.of("title", title, "heldOn", day.toString(), "trainer", "Equality team", "format", "in-person",
                        "lengthMinutes", 180, "capacity", 20), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long session = ((Number) created.getBody().get("id")).longValue();
        StringBuilder csv = new StringBuilder("username,completedOn\n");
        for (String username : usernames) {
            csv.append(username).append(',').append(day).append('\n');
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<Map> imported = rest.withBasicAuth("admin", "demo").postForEntity(
                "/api/training/import?session=" + session, new HttpEntity<>(csv.toString(), headers), Map.class);
        assertThat(imported.getBody()).isEqualTo(Map.of("imported", usernames.length));
        return session;
    }
}
