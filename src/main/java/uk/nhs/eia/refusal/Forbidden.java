package uk.nhs.eia.refusal;

/** The person may not do this; the message says why. */
public non-sealed class Forbidden extends Refusal {

    public Forbidden(String title, String message) {
        super(403, title, message);
    }
}
