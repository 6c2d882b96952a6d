package uk.nhs.eia.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind a test attaches, made here so the tests need no binary fixtures. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] encryptedPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows program: what a person might rename to .pdf. */
    public static byte[] program() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** A Word document as Word saves one: a zip whose first entry is [Content_Types].xml. */
    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>"));
    }

    /** A macro-enabled Word document (.docm), as if renamed .docx. */
    public static byte[] docm() {
        return zip(Map.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document."
                        + "macroEnabled.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>", "word/vbaProject.bin", "macro"));
    }

    private static byte[] zip(Map<String, String> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // [Content_Types].xml first, where Office puts it and where Tika looks for it.
            String first = "[Content_Types].xml";
            zip.putNextEntry(new ZipEntry(first));
            zip.write(entries.get(first).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                if (!entry.getKey().equals(first)) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
