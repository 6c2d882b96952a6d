package uk.nhs.eia.evidence;

import java.time.Instant;

/**
 * A document kept on its own rather than attached to an assessment, as the evidence library keeps a source that has no
 * other home: its name, the type detected from its content, its size and SHA-256, who sent it and when.
 */
public record KeptDocument(Long id, String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
        Instant uploadedAt) {
}
