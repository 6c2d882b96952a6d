package uk.nhs.eia.people;

import java.util.List;
import java.util.stream.Collectors;
import uk.nhs.eia.people.Directorates.Directorate;

/**
 * Someone a page can offer to choose: known by name, told apart by username, placed by their directorates, and with
 * the groups the rules for each part ask about.
 */
public record Person(String username, String name, List<Directorate> directorates, List<String> groups) {

    /** How lists show the person: unique, since two people may share a name ("Arun Singh (approver), Digital"). */
    public String label() {
        String where = directorates.stream().map(Directorate::name).collect(Collectors.joining(", "));
        return "%s (%s)%s".formatted(name, username, where.isEmpty() ? "" : ", " + where);
    }

    public boolean worksIn(String directorateCode) {
        return directorates.stream().anyMatch(directorate -> directorate.code().equals(directorateCode));
    }

    /** Whether every word typed starts a word of the person's name or username, as people search for someone. */
    public boolean answersTo(String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        List<String> words = List.of((name + " " + username).toLowerCase().split("[\\s.'-]+"));
        return List.of(typed.strip().toLowerCase().split("\\s+")).stream()
                .allMatch(part -> words.stream().anyMatch(word -> word.startsWith(part)));
    }
}
