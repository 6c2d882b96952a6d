package uk.nhs.eia.people.web;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.people.Person;

/**
 * People as pages name them ({@code @names.of(username)}): "Arun Singh (approver)", the name people know them by and
 * the username that tells two of one name apart, as the lists to choose from label them.
 */
@Component("names")
public class PersonNames {

    private final People people;

    PersonNames(People people) {
        this.people = people;
    }

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String name = people.nameOf(username);
        return name.equals(username) ? username : new Person(username, name, List.of(), List.of()).label();
    }
}
