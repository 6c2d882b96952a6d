package uk.nhs.eia.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * The kinds of file an assessment may keep, told from the file's first bytes by Apache Tika. The name only narrows a
 * type the content already shows (a text file named {@code .csv} is CSV, a zip named {@code .docx} is Word), never
 * widens it: a program renamed {@code .pdf} is still a program.
 */
final class FileTypes {

    /** Every type allowed, with the words a person reads for it. */
    static final Map<String, String> ALLOWED = allowed();

    /** Office Open XML and OpenDocument files are zip archives whose entries must be looked at too. */
    private static final String OOXML_PREFIX = "application/vnd.openxmlformats-officedocument.";
    private static final String OPEN_DOCUMENT_PREFIX = "application/vnd.oasis.opendocument.";

    private static final String UNKNOWN = "application/octet-stream";

    private static final String OLE2 = "application/x-tika-msoffice";

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /**
     * The type of a file from its first bytes (Tika reads no more than it needs), then narrowed by its name. Content
     * Tika cannot name stays unnamed: given the name, Tika would otherwise take the type from the name alone.
     */
    static String detect(byte[] head, int length, String fileName) {
        try {
            String byContent = TIKA.detect(new ByteArrayInputStream(head, 0, length));
            if (UNKNOWN.equals(byContent)) {
                return byContent;
            }
            return TIKA.detect(new ByteArrayInputStream(head, 0, length), fileName);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    static Optional<String> describe(String mediaType) {
        return Optional.ofNullable(ALLOWED.get(mediaType));
    }

    /**
     * What a refused file's content is, in words an author knows, for the refusal to say; the detected type follows in
     * brackets for whoever supports them.
     */
    static String refusedInWords(String mediaType) {
        String base = mediaType.split(";")[0].strip();
        String words;
        if (base.contains("msdownload") || base.contains("executable") || base.contains("sharedlib")
                || base.contains("mach") || base.contains("dosexec") || base.contains("elf")) {
            words = "a program";
        } else if (base.equals("application/zip") || base.contains("compressed") || base.contains("x-7z")
                || base.contains("x-rar") || base.contains("x-tar") || base.contains("gzip")) {
            words = "an archive of other files";
        } else if (base.contains("html") || base.contains("xml")) {
            words = "a web page or markup";
        } else if (base.contains("javascript") || base.contains("x-sh") || base.contains("x-python")) {
            words = "a script";
        } else if (base.startsWith("video/") || base.startsWith("audio/")) {
            words = "a video or sound recording";
        } else {
            words = "a kind of file not accepted here";
        }
        return words + " (" + base + ")";
    }

    static boolean isZipBased(String mediaType) {
        return mediaType.startsWith(OOXML_PREFIX) || mediaType.startsWith(OPEN_DOCUMENT_PREFIX);
    }

    static boolean isPdf(String mediaType) {
        return "application/pdf".equals(mediaType);
    }

    /**
     * Older Office files, and any Office file saved with a password, are OLE2 containers; Tika's core names a
     * password-protected .docx or .xlsx only as the container.
     */
    static boolean isOle2(String mediaType) {
        return OLE2.equals(mediaType) || "application/msword".equals(mediaType)
                || "application/vnd.ms-excel".equals(mediaType);
    }

    /** The allowed kinds in words, for a refusal that says what would be accepted. */
    static String allowedInWords() {
        return "PDF, Word, Excel, OpenDocument, CSV, plain text, PNG, JPEG or GIF";
    }

    private static Map<String, String> allowed() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("application/pdf", "PDF");
        types.put("application/msword", "Word document");
        types.put(OOXML_PREFIX + "wordprocessingml.document", "Word document");
        types.put("application/vnd.ms-excel", "Excel spreadsheet");
        types.put(OOXML_PREFIX + "spreadsheetml.sheet", "Excel spreadsheet");
        types.put(OPEN_DOCUMENT_PREFIX + "text", "OpenDocument text");
        types.put(OPEN_DOCUMENT_PREFIX + "spreadsheet", "OpenDocument spreadsheet");
        types.put(OPEN_DOCUMENT_PREFIX + "presentation", "OpenDocument presentation");
        types.put("text/csv", "CSV");
        types.put("text/plain", "Plain text");
        types.put("image/png", "PNG image");
        types.put("image/jpeg", "JPEG image");
        types.put("image/gif", "GIF image");
        return Map.copyOf(types);
    }
}
