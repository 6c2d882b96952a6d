package uk.nhs.eia.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes a file in as it arrives, for an assessment's evidence and for documents kept on their own alike: the same
 * types allowed, the same checks for encryption and macros, the same hash.
 */
final class ContentIntake {

    private ContentIntake() {
    }

    /**
     * Streams the content into chunks, one chunk in memory at a time, hashing it as it goes; detects the type from
     * the first chunk and refuses at once what is not allowed, then refuses what turns out larger than
     * {@code maxBytes} (with {@code tooLarge}'s refusal), encrypted or carrying macros. A refusal is thrown, and rolls
     * back the chunks written so far.
     */
    static Stored store(ChunkStore chunks, long id, String name, InputStream content, long maxBytes,
            Function<String, EvidenceRefused> tooLarge) {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[ChunkStore.CHUNK_BYTES];
        try (DigestInputStream in = new DigestInputStream(content, sha256)) {
            int read = in.readNBytes(buffer, 0, buffer.length);
            if (read == 0) {
                throw new EvidenceRefused("The selected file %s is empty: choose a file that has something in it".formatted(name));
            }
            String mediaType = FileTypes.detect(buffer, read, name);
            boolean allowed = FileTypes.describe(mediaType).isPresent();
            Optional<ContentChecks.EncryptionMark> encryption = ContentChecks.EncryptionMark.forType(mediaType);
            if (!allowed && encryption.isEmpty()) {
                throw notAllowed(name, mediaType);
            }
            long size = 0;
            for (int seq = 0; read > 0; seq++) {
                size += read;
                if (size > maxBytes) {
                    throw tooLarge.apply(name);
                }
                int length = read;
                encryption.ifPresent(mark -> mark.scan(buffer, length));
                chunks.write(id, seq, buffer, read);
                read = in.readNBytes(buffer, 0, buffer.length);
            }
            if (encryption.isPresent() && encryption.get().found()) {
                throw new EvidenceRefused("The selected file %s %s".formatted(name, ContentChecks.ENCRYPTED));
            }
            if (!allowed) {
                throw notAllowed(name, mediaType);
            }
            if (FileTypes.isZipBased(mediaType)) {
                try (InputStream stored = chunks.open(id)) {
                    Optional<String> problem = ContentChecks.problemInZip(stored);
                    if (problem.isPresent()) {
                        throw new EvidenceRefused("The selected file %s %s".formatted(name, problem.get()));
                    }
                }
            }
            return new Stored(mediaType, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException broken) {
            throw new EvidenceRefused("The upload of %s stopped before the whole file arrived: try again".formatted(name));
        }
    }

    private static EvidenceRefused notAllowed(String name, String mediaType) {
        return new EvidenceRefused("The selected file %s must be a %s file; its content is %s, whatever its name says"
                .formatted(name, FileTypes.allowedInWords(), FileTypes.refusedInWords(mediaType)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What was kept: the type detected from the content, the size and the SHA-256. */
    record Stored(String mediaType, long size, String sha256) {
    }
}
