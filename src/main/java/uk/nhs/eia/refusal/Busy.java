package uk.nhs.eia.refusal;

/** The person already has as much under way as the service takes from one person at once; trying again later works. */
public non-sealed class Busy extends Refusal {

    public Busy(String title, String message) {
        super(429, title, message);
    }
}
