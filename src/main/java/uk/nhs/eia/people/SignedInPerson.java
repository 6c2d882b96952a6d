package uk.nhs.eia.people;

import jakarta.servlet.ServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.nhs.eia.people.Directorates.Directorate;

/**
 * The signed-in person as their request found them: their groups, their directorates and whether they are disabled,
 * read in one round trip when the request arrives and kept with the request, so that every rule asked about them
 * while it is answered (which links the page shows, whose assessments they read, separation of duties) reads them
 * from memory, and still sees a change an administrator made before the request, on whichever node it reaches.
 * Nothing is kept in the session, so it works the same wherever the session lives. Outside a request (timers, jobs)
 * and for anyone else, people are looked up as before.
 */
public record SignedInPerson(String username, List<String> groups, List<Directorate> directorates, boolean disabled) {

    private static final String ATTRIBUTE = SignedInPerson.class.getName();

    /** This request's person, when the request was made by {@code username}. */
    public static Optional<SignedInPerson> ofThisRequest(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object kept = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return kept instanceof SignedInPerson person && person.username().equals(username) ? Optional.of(person)
                : Optional.empty();
    }

    /**
     * Keeps the person with the request being answered. Set on the request itself: a filter may run before Spring
     * has bound the request to its thread, and the request's attributes are what every later reader sees.
     */
    public void keepWith(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** Drops what this request kept about {@code username}, whose groups or directorates it has just changed. */
    public static void forget(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && ofThisRequest(username).isPresent()) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
