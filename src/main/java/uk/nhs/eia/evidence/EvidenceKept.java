package uk.nhs.eia.evidence;

import uk.nhs.eia.refusal.Conflict;

/** A file of an earlier version stays with that version, as its submitted answers do. */
public class EvidenceKept extends Conflict {

    public EvidenceKept(EvidenceFile file) {
        super("This file is kept as it was", "%s belongs to version %d of the assessment, which is kept as it was submitted"
                .formatted(file.fileName(), file.assessmentVersion()));
    }
}
