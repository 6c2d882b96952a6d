package uk.nhs.eia;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times requests as a browser makes them, signed in with a session, for the benchmarks: warms up, then prints the
 * percentiles of the measured requests as a row of a Markdown table.
 */
public final class SignedInTimer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final int warmUp;
    private final int measured;

    public SignedInTimer(String base, int warmUp, int measured) {
        this.base = base;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    public static void printHeader() {
        System.out.println("| request | person | p50 | p95 | p99 | max |");
        System.out.println("|---|---|---|---|---|---|");
    }

    public void measure(String username, String label, String path) throws Exception {
        measure(username, label, request -> path, warmUp, measured);
    }

    /** Times {@code measured} requests after {@code warmUp}, the n-th request to {@code path.apply(n)}. */
    public void measure(String username, String label, IntFunction<String> path, int warmUp, int measured) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(client, username);
        for (int i = 0; i < warmUp; i++) {
            get(client, base + path.apply(i));
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            String url = base + path.apply(warmUp + i);
            long start = System.nanoTime();
            get(client, url);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", label, username,
                ms(nanos[measured / 2]), ms(nanos[measured * 95 / 100]), ms(nanos[measured * 99 / 100]), ms(nanos[measured - 1]));
    }

    private void signIn(HttpClient client, String username) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No anti-forgery token on the sign-in page");
        }
        String form = form(Map.of("username", username, "password", "demo", "_csrf", token.group(1)));
        client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
