package uk.nhs.eia.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.DisabledAccounts;
import uk.nhs.eia.people.People;
import uk.nhs.eia.people.Person;
import uk.nhs.eia.roles.Groups;

/**
 * Who may be named for each part people play in an assessment. Each rule is written once, here: the record applies
 * it to the username it is given, and pages and the API offer exactly the people it accepts.
 */
@Component
class ChoosablePeople {

    private final People people;
    private final DisabledAccounts disabled;

    ChoosablePeople(People people, DisabledAccounts disabled) {
        this.people = people;
        this.disabled = disabled;
    }

    /** Why this person cannot be the author's decision-maker, if they cannot. */
    Optional<String> refusedAsDecisionMaker(String author, String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("Enter the username of the decision-maker");
        }
        if (username.equals(author)) {
            return Optional.of("The decision-maker must be someone other than the author; enter the username of the person who will sign off");
        }
        List<String> groups = people.groupsOf(username);
        if (groups.contains(Groups.ADMINS)) {
            return Optional.of("Enter the username of an approver who is not an administrator; administrators cannot sign off assessments");
        }
        if (!groups.contains(Groups.APPROVERS)) {
            return Optional.of("Enter the username of someone who can sign off assessments; \"%s\" is not an approver".formatted(username));
        }
        // A decision-maker who cannot sign in would leave the sign-off step waiting for nobody.
        if (disabled.isDisabled(username)) {
            return Optional.of("%s can no longer sign in; enter the username of an approver who can".formatted(username));
        }
        return Optional.empty();
    }

    /** Why this person cannot take the assessment over as its author, if they cannot. */
    Optional<String> refusedAsNewAuthor(AssessmentView assessment, String username) {
        if (username.isEmpty() || !people.exists(username) || !people.groupsOf(username).contains(Groups.AUTHORS)
                || disabled.isDisabled(username)) {
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
        if (username.isEmpty() || !people.groupsOf(username).contains(Groups.AUTHORS)) {
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
        return offered(Groups.APPROVERS, typed, username -> refusedAsDecisionMaker(author, username)).stream()
                .sorted(Comparator.comparing(person -> !person.worksIn(directorate)))
                .toList();
    }

    List<Person> newAuthors(AssessmentView assessment, String typed) {
        return offered(Groups.AUTHORS, typed, username -> refusedAsNewAuthor(assessment, username));
    }

    List<Person> coAuthors(String author, List<String> sharedWith, String typed) {
        return offered(Groups.AUTHORS, typed, username -> refusedAsCoAuthor(author, sharedWith, username));
    }

    /** A group's members who can sign in, answer to what was typed, and whom the rule accepts, by name. */
    private List<Person> offered(String group, String typed, Function<String, Optional<String>> refusal) {
        return people.activeMembersOf(group).stream()
                .filter(person -> person.answersTo(typed))
                .filter(person -> refusal.apply(person.username()).isEmpty())
                .toList();
    }
}
