package uk.nhs.eia.refusal;

/** The thing has moved on since the person looked: completed, claimed or changed by someone else, or no longer open. */
public non-sealed class Conflict extends Refusal {

    public Conflict(String title, String message) {
        super(409, title, message);
    }
}
