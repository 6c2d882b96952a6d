package uk.nhs.eia.library;

import uk.nhs.eia.refusal.NotFound;

/** There is no such source in the evidence library. */
public class SourceNotFound extends NotFound {

    public SourceNotFound(Long id) {
        super("Source not found", "There is no source " + id + " in the evidence library");
    }
}
