package uk.nhs.eia.assessment;

import uk.nhs.eia.refusal.Forbidden;

/** Someone would review or decide on work they did themselves, which the duty of due regard rules out. */
public class DutiesNotSeparated extends Forbidden {

    public DutiesNotSeparated(String message) {
        super("Someone else must do this", message);
    }
}
