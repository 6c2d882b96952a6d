package uk.nhs.eia.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * What the type alone does not tell: whether an Office or OpenDocument file carries macros, and whether a file is
 * encrypted, so nobody who reads the assessment can open it. Tika's core names the container from its first bytes;
 * these look inside it, reading the stored file once more as a stream.
 */
final class ContentChecks {

    /** The largest {@code [Content_Types].xml} worth reading: real ones are a few kilobytes. */
    private static final int CONTENT_TYPES_LIMIT = 1 << 20;

    private ContentChecks() {
    }

    /** Why a zip-based document cannot be kept, if it cannot: macros, or entries encrypted with a password. */
    static Optional<String> problemInZip(InputStream stored) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(stored)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.startsWith("basic/") || name.startsWith("scripts/")) {
                    return Optional.of(MACROS);
                }
                if (name.equals("[content_types].xml")) {
                    String types = new String(zip.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
                    if (types.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                        return Optional.of(MACROS);
                    }
                }
            }
            return Optional.empty();
        } catch (ZipException broken) {
            // Java's zip reader refuses an encrypted entry with this exception; any other break means the archive is
            // damaged, which nobody could open either.
            return Optional.of(broken.getMessage() != null && broken.getMessage().contains("encrypted") ? ENCRYPTED : DAMAGED);
        }
    }

    static final String MACROS = "contains macros; save it without macros (for example as .docx or .xlsx) and try again";

    static final String ENCRYPTED = "is protected with a password; remove the password and try again";

    static final String DAMAGED = "is damaged and cannot be opened";

    /**
     * Watches a file's bytes go by for a mark that says it is encrypted, whatever chunk the mark falls across: the
     * {@code /Encrypt} entry every encrypted PDF has in its trailer, or the {@code EncryptedPackage} stream (its
     * name in UTF-16) of an Office file saved with a password, which is an OLE2 container rather than a zip.
     */
    static final class EncryptionMark {

        private final byte[] mark;
        private int matched;
        private boolean found;

        private EncryptionMark(byte[] mark) {
            this.mark = mark;
        }

        static Optional<EncryptionMark> forType(String mediaType) {
            if (FileTypes.isPdf(mediaType)) {
                return Optional.of(new EncryptionMark("/Encrypt".getBytes(StandardCharsets.US_ASCII)));
            }
            if (FileTypes.isOle2(mediaType)) {
                return Optional.of(new EncryptionMark("EncryptedPackage".getBytes(StandardCharsets.UTF_16LE)));
            }
            return Optional.empty();
        }

        void scan(byte[] bytes, int length) {
            for (int i = 0; i < length && !found; i++) {
                if (bytes[i] == mark[matched]) {
                    matched++;
                    found = matched == mark.length;
                } else {
                    matched = bytes[i] == mark[0] ? 1 : 0;
                }
            }
        }

        boolean found() {
            return found;
        }
    }
}
