package uk.nhs.eia.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A stored file sent to the person who asked, the same from the page and the API: always as an attachment, with the
 * type detected when it was kept and {@code nosniff}, so no browser opens it as a page of this service whatever it
 * holds; copied a chunk at a time.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void send(EvidenceFiles.Download download, HttpServletResponse response) throws IOException {
        EvidenceFile file = download.file();
        send(file.fileName(), file.mediaType(), file.sizeBytes(), download.content(), response);
    }

    public static void send(KeptDocument document, InputStream content, HttpServletResponse response) throws IOException {
        send(document.fileName(), document.mediaType(), document.sizeBytes(), content, response);
    }

    private static void send(String fileName, String mediaType, long size, InputStream content,
            HttpServletResponse response) throws IOException {
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName).toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        try (InputStream in = content) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** A plain ASCII name as it is; any other also in UTF-8 ({@code filename*}), which every current browser reads. */
    private static ContentDisposition attachment(String fileName) {
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
        return ascii ? ContentDisposition.attachment().filename(fileName).build()
                : ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
    }
}
