package uk.nhs.eia.refusal;

import java.util.Optional;

/**
 * Why the service will not do what was asked. Nothing was changed. The kind alone decides how each door answers
 * it; the title and message are the words the person reads, so they say what happened and, where they can, what
 * to do about it.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Forbidden, Conflict, Invalid, Busy {

    private final String title;

    private final int status;

    Refusal(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    /** The HTTP status that says which kind of refusal this is, the same at every door that speaks HTTP. */
    public int status() {
        return status;
    }

    /** A few words that head the answer: the title of a problem, the heading of a page. */
    public String title() {
        return title;
    }

    /** Where the person can put it right themselves, when the service has a page for that. */
    public Optional<Remedy> remedy() {
        return Optional.empty();
    }

    /** A link to the page where the person can put a refusal right. */
    public record Remedy(String text, String path) {
    }
}
