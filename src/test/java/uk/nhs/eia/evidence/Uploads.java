package uk.nhs.eia.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/** Files sent to the service over real HTTP as a person signed in with HTTP Basic, as an API client sends them. */
public final class Uploads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public Uploads(int port) {
        this.port = port;
    }

    /** The file as the raw body, its name in X-File-Name. */
    public HttpResponse<String> raw(String person, Object assessmentId, String step, String name, byte[] content) {
        return send(request(person, assessmentId, step).header("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A file as the raw body to any path that takes one, its name in X-File-Name. */
    public HttpResponse<String> rawTo(String person, String path, String name, byte[] content) {
        return send(signedIn(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)), person)
                .header("Accept", "application/json")
                .header("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** The file as the raw body, streamed from {@code content} in chunks without a declared length. */
    public HttpResponse<String> streamed(String person, Object assessmentId, String step, String name,
            Supplier<InputStream> content) {
        return send(request(person, assessmentId, step).header("X-File-Name", name)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofInputStream(content)));
    }

    /** The file in a part named {@code file} of a multipart/form-data body, as a browser sends a form. */
    public HttpResponse<String> multipart(String person, Object assessmentId, String step, String name, byte[] content) {
        String boundary = "evidence" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(person, assessmentId, step).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Any request, with the body and content type given, as the person. */
    public HttpResponse<String> send(String person, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(signedIn(request, person));
    }

    /** The bytes of any page or file, as the person, or as anyone when {@code person} is null. */
    public byte[] bytes(String person, String path) {
        HttpResponse<byte[]> response = send(signedIn(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)),
                person), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    public HttpResponse<InputStream> download(String person, Object assessmentId, Object fileId) {
        return send(signedIn(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/assessments/"
                + assessmentId + "/evidence/" + fileId)), person), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder request(String person, Object assessmentId, String step) {
        return signedIn(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/assessments/" + assessmentId
                + "/evidence?step=" + step)).header("Accept", "application/json"), person);
    }

    private static HttpRequest.Builder signedIn(HttpRequest.Builder request, String person) {
        if (person != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((person + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
