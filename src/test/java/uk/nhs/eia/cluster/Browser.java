package uk.nhs.eia.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser: signs in on one node and sends its session cookie, and the Camunda webapps' anti-forgery token,
 * to whichever node it asks next, as it would behind a load balancer without sticky sessions.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
    private String webappToken = "Fetch";

    /** Signs in through the sign-in page; whether the service took the person to their work. */
    boolean signIn(ServiceNode node, String username) throws IOException, InterruptedException {
        String page = send(node, HttpRequest.newBuilder(node.base().resolve("/sign-in"))).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            return false;
        }
        String form = "username=" + username + "&password=" + Api.PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(node, HttpRequest.newBuilder(node.base().resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        return signedIn.statusCode() == 302 && signedIn.headers().firstValue("Location").orElse("").endsWith("/");
    }

    /** Whether the page opened for a signed-in person (rather than sending them to sign in). */
    boolean opensSignedIn(ServiceNode node, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(node, HttpRequest.newBuilder(node.base().resolve(path)).header("Accept", "text/html"));
        return page.statusCode() == 200 && page.body().contains("Sign out");
    }

    /** A request to Tasklist's API, as Tasklist in the browser sends it; the status it got. */
    int tasklist(ServiceNode node, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(TASKLIST_API + path))
                .header("Accept", "application/json").header("X-XSRF-TOKEN", webappToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = send(node, request);
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> webappToken = token);
        return response.statusCode();
    }

    private HttpResponse<String> send(ServiceNode node, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
