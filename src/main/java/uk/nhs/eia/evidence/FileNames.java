package uk.nhs.eia.evidence;

import java.text.Normalizer;

/**
 * The name a file is kept and offered under: the last part of whatever path the browser sent, without control
 * characters, quotes or separators that could break a download header or reach a file system, and not too long for
 * its column. What is left is only a label: nothing is ever looked up or written by it.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String sanitised(String sent) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "file";
        }
        return name.length() <= MAX_LENGTH ? name : name.substring(name.length() - MAX_LENGTH);
    }
}
