package uk.nhs.eia.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.evidence.Uploads;

/**
 * A multipart/form-data body the service cannot split into parts is the sender's mistake, answered 400 with what was
 * wrong at every endpoint of the JSON API, whatever the endpoint expects, and never a server error.
 */
@EiaSpringBootTest
class BrokenUploadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, /api/assessments",
            "PUT, /api/tasks/no-such-task/draft",
            "POST, /api/tasks/no-such-task/complete",
            "GET, /api/tasks",
            "POST, /api/assessments/1/evidence?step=EvidenceAndEngagement",
            "POST, /api/training/import?session=1"})
    void aMultipartBodyWithoutABoundaryIsAnswered400SayingSo(String method, String path) throws Exception {
        HttpResponse<String> answer = new Uploads(port).send("admin", method, path, "multipart/form-data",
                "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8));

        assertBadRequest(answer, "boundary");
    }

    @Test
    void aMultipartBodyCutOffBeforeItsEndIsAnswered400() throws Exception {
        assertBadRequest(upload("cut", "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "\r\nThe notes go on and"), "could not be split into parts");
    }

    @Test
    void anUploadWithoutAFilePartIsAnswered400NamingThePart() throws Exception {
        assertBadRequest(upload("nofile", "--nofile\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
                + "no file here\r\n--nofile--\r\n"), "file");
    }

    private HttpResponse<String> upload(String boundary, String body) {
        return new Uploads(port).send("author", "POST", "/api/assessments/1/evidence?step=EvidenceAndEngagement",
                "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertBadRequest(HttpResponse<String> answer, String words) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JSON.readValue(answer.body(), Map.class).get("detail")).contains(words);
    }
}
