package uk.nhs.eia.evidence;

import java.time.Instant;

/**
 * One file attached to a step: what it is (the type detected from its content, never from its name), how large,
 * its SHA-256 as the audit trail holds it, who attached it and when. {@code submittedAt} is null while the file
 * belongs to the step's draft, and the time the step was submitted with it afterwards. It goes on the public register
 * only when {@code publishable} (its author's choice) and {@code publicationAgreedBy} names the equality lead who
 * agreed at quality review.
 */
public record EvidenceFile(Long id, Long assessmentId, int assessmentVersion, String step, String stepName,
        String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
        Instant submittedAt, boolean publishable, String publicationAgreedBy) {

    /** Whether both the author and the equality lead have said it may be published. */
    public boolean cleared() {
        return publishable && publicationAgreedBy != null;
    }

    /** The size as a person reads it: 100 bytes, 12 KB, 3.4 MB. */
    public String sizeInWords() {
        if (sizeBytes < 1024) {
            return sizeBytes + (sizeBytes == 1 ? " byte" : " bytes");
        }
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return "%.1f MB".formatted(sizeBytes / (1024.0 * 1024.0));
    }
}
