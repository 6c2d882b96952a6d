package uk.nhs.eia.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.nhs.eia.roles.Groups;

/**
 * The fifty people of the load test: authors, equality leads, approvers and compliance leads reading the register,
 * each an account of their own, made through the administrators' JSON API before the load starts (and left in
 * place, so a second run finds them).
 */
final class LoadPeople {

    /** Long, not a well-known one and containing no username, as the password policy asks. */
    static final String PASSWORD = "Kettle-harbour-lantern-42";

    private static final List<String> DIRECTORATES = List.of("operations", "digital", "finance", "workforce",
            "nursing-quality", "corporate-affairs");

    final List<String> authors;
    final List<String> leads;
    final List<String> approvers;
    final List<String> readers;

    LoadPeople(int authors, int leads, int approvers, int readers) {
        this.authors = named("load-author-", authors);
        this.leads = named("load-lead-", leads);
        this.approvers = named("load-approver-", approvers);
        this.readers = named("load-reader-", readers);
    }

    /** Splits {@code people} as the service's users are split: most write, a few review, sign off and audit. */
    static LoadPeople of(int people) {
        int leads = Math.max(1, people * 8 / 50);
        int approvers = Math.max(1, people * 6 / 50);
        int readers = Math.max(1, people * 6 / 50);
        return new LoadPeople(Math.max(1, people - leads - approvers - readers), leads, approvers, readers);
    }

    int count() {
        return authors.size() + leads.size() + approvers.size() + readers.size();
    }

    /** The approver who decides an author's assessments, so sign-offs are spread over every approver. */
    String decisionMakerFor(String author) {
        return approvers.get(authors.indexOf(author) % approvers.size());
    }

    String directorateOf(String author) {
        return DIRECTORATES.get(authors.indexOf(author) % DIRECTORATES.size());
    }

    static Iterator<Map<String, Object>> feeder(List<String> usernames) {
        return usernames.stream().map(username -> Map.<String, Object>of("username", username)).iterator();
    }

    /** Creates every account not there yet, as an administrator would on the People page. */
    void createMissing(String baseUrl, String adminPassword) {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> accounts = new ArrayList<>();
        authors.forEach(username -> accounts.add(account(username, Groups.AUTHORS, List.of(directorateOf(username)))));
        leads.forEach(username -> accounts.add(account(username, Groups.EQUALITY_LEADS, DIRECTORATES)));
        approvers.forEach(username -> accounts.add(account(username, Groups.APPROVERS, DIRECTORATES)));
        readers.forEach(username -> accounts.add(account(username, Groups.COMPLIANCE, List.of())));
        try {
            for (Map<String, Object> account : accounts) {
                URI one = URI.create(baseUrl + "/api/admin/users/" + account.get("username"));
                int found = client.send(HttpRequest.newBuilder(one).header("Authorization", basic).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (found == 200) {
                    continue;
                }
                HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/users"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(account))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("Could not create %s: %d %s".formatted(account.get("username"),
                            created.statusCode(), created.body()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Is the service running at " + baseUrl + "?", e);
        }
    }

    private static Map<String, Object> account(String username, String group, List<String> directorates) {
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("firstName", "Load");
        account.put("lastName", username.substring("load-".length()));
        account.put("email", username + "@eia.example.nhs.uk");
        account.put("password", PASSWORD);
        account.put("groups", List.of(group));
        account.put("directorates", directorates);
        return account;
    }

    private static List<String> named(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + "%02d".formatted(n)).toList();
    }
}
