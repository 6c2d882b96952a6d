package uk.nhs.eia.evidence;

import uk.nhs.eia.refusal.Busy;

/** A file sent while the person already has as many uploads under way as one person may. Nothing of it was kept. */
public class TooManyUploads extends Busy {

    TooManyUploads(String fileName, int perPerson) {
        super("Too many files at once", ("The selected file %s was not attached: you are already sending %d files, the "
                + "most one person can send at once. Wait for them to finish, then send %s again.")
                .formatted(fileName, perPerson, fileName));
    }
}
