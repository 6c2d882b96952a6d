package uk.nhs.eia.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.people.Person;
import uk.nhs.eia.people.SignedInPerson;
import uk.nhs.eia.roles.Groups;

/**
 * Who may be named for each part people play in an assessment. Each rule is written once, here: the record applies
 * it to the username it is given, and pages and the API offer exactly the people it accepts.
 */
@Component
class ChoosablePeople {

    private final People people;

    ChoosablePeople(People people) {
        this.people = people;
    }

    /** Why this person cannot be the author's decision-maker, if they cannot. */
    Optional<String> refusedAsDecisionMaker(String author, String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("Enter the username of the decision-maker");
        }
        return refusedAsDecisionMaker(author, Candidate.of(people.signedIn(username)));
    }

    private static Optional<String> refusedAsDecisionMaker(String author, Candidate candidate) {
        if (candidate.username().equals(author)) {
            return Optional.of("The decision-maker must be someone other than the author; enter the username of the person who will sign off");
        }
        if (candidate.groups().contains(Groups.ADMINS)) {
            return Optional.of("Enter the username of an approver who is not an administrator; administrators cannot sign off assessments");
        }
        if (!candidate.groups().contains(Groups.APPROVERS)) {
            return Optional.of("Enter the username of someone who can sign off assessments; \"%s\" is not an approver"
                    .formatted(candidate.username()));
        }
        // A decision-maker who cannot sign in would leave the sign-off step waiting for nobody.
        if (candidate.disabled()) {
            return Optional.of("%s can no longer sign in; enter the username of an approver who can".formatted(candidate.username()));
        }
        return Optional.empty();
    }

    /** Why this person cannot take the assessment over as its author, if they cannot. */
    Optional<String> refusedAsNewAuthor(AssessmentView assessment, String username) {
        return refusedAsNewAuthor(assessment, Candidate.of(people.signedIn(username)));
    }

    private static Optional<String> refusedAsNewAuthor(AssessmentView assessment, Candidate candidate) {
        String username = candidate.username();
        if (username.isEmpty() || !candidate.groups().contains(Groups.AUTHORS) || candidate.disabled()) {
            return Optional.of("Enter the username of an EIA author who can sign in");
        }
        if (username.equals(assessment.getAuthor())) {
            return Optional.of(username + " is its author already; enter someone else's username");
        }
        if (username.equals(assessment.getDecisionMaker())) {
            return Optional.of(username + " is its decision-maker, who cannot also write it");
        }
        return Optional.empty();
    }

    /** Why the author cannot share with this person, if they cannot. */
    Optional<String> refusedAsCoAuthor(String author, List<String> sharedWith, String username) {
        return refusedAsCoAuthor(author, sharedWith, Candidate.of(people.signedIn(username)));
    }

    private static Optional<String> refusedAsCoAuthor(String author, List<String> sharedWith, Candidate candidate) {
        String username = candidate.username();
        if (username.isEmpty() || !candidate.groups().contains(Groups.AUTHORS)) {
            return Optional.of("Enter the username of an EIA author to share the assessment with");
        }
        if (username.equals(author)) {
            return Optional.of("You are the author already; enter someone else's username");
        }
        if (sharedWith.contains(username)) {
            return Optional.of("The assessment is already shared with " + username);
        }
        return Optional.empty();
    }

    /** The approvers the author may name as decision-maker, those working in the proposal's directorate first. */
    List<Person> decisionMakers(String author, String directorate, String typed) {
        return offered(Groups.APPROVERS, typed, candidate -> refusedAsDecisionMaker(author, candidate)).stream()
                .sorted(Comparator.comparing(person -> !person.worksIn(directorate)))
                .toList();
    }

    List<Person> newAuthors(AssessmentView assessment, String typed) {
        return offered(Groups.AUTHORS, typed, candidate -> refusedAsNewAuthor(assessment, candidate));
    }

    List<Person> coAuthors(String author, List<String> sharedWith, String typed) {
        return offered(Groups.AUTHORS, typed, candidate -> refusedAsCoAuthor(author, sharedWith, candidate));
    }

    /**
     * A group's members who can sign in, answer to what was typed, and whom the rule accepts, by name. The rule reads
     * what the one query for the group already holds, so a long list costs no query a person.
     */
    private List<Person> offered(String group, String typed, Function<Candidate, Optional<String>> refusal) {
        return people.activeMembersOf(group).stream()
                .filter(person -> person.answersTo(typed))
                .filter(person -> refusal.apply(Candidate.of(person)).isEmpty())
                .toList();
    }

    /** What the rules ask of someone: their groups, and whether they can still sign in. */
    private record Candidate(String username, List<String> groups, boolean disabled) {

        static Candidate of(SignedInPerson person) {
            return new Candidate(person.username(), person.groups(), person.disabled());
        }

        /** Those offered are the active members a list is made from. */
        static Candidate of(Person person) {
            return new Candidate(person.username(), person.groups(), false);
        }
    }
}
