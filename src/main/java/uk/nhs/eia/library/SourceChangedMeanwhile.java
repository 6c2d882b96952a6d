package uk.nhs.eia.library;

import uk.nhs.eia.refusal.Conflict;

/** Someone else changed the source since this person read it: nothing of theirs was saved over it. */
public class SourceChangedMeanwhile extends Conflict {

    public SourceChangedMeanwhile(EvidenceSource source) {
        super("This source has changed", "%s changed \"%s\" since you opened it: read the source again and make your change"
                .formatted(source.changedBy(), source.title()));
    }
}
