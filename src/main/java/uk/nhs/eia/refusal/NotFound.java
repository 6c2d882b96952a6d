package uk.nhs.eia.refusal;

/** What was asked for is not there, or not there for this person to see. */
public non-sealed class NotFound extends Refusal {

    public NotFound(String title, String message) {
        super(404, title, message);
    }
}
