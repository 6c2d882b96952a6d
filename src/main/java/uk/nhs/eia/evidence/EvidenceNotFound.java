package uk.nhs.eia.evidence;

import uk.nhs.eia.refusal.NotFound;

/** No file with this id is attached to this assessment. */
public class EvidenceNotFound extends NotFound {

    public EvidenceNotFound(Long assessmentId, Long fileId) {
        super("No such file", "Assessment " + assessmentId + " has no file with the id " + fileId);
    }
}
