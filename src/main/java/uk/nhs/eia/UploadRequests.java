package uk.nhs.eia;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The requests that carry a file: posts that attach evidence to a step, from the JSON API and from a step's page
 * (the evidence module), posts of a document for the evidence library, from its API and its form, and imports of
 * earlier assessments with their documents. They alone may be larger than {@link RequestSizeLimit}'s limit for
 * everything else. The evidence module refuses a file over {@code eia.evidence.max-file-size} itself, naming the file;
 * the limit here, twice that and room for the form around it, is only the backstop beyond which the service reads no
 * further, so that a somewhat too large file still gets that named refusal. An import carries a trust's earlier
 * assessments in one ZIP, so it has a limit of its own, {@code eia.legacy.max-import-size}. The servlet container
 * keeps multipart parts on disk, never in memory, and reads no more of one than its declared length.
 */
@Configuration(proxyBeanMethods = false)
class UploadRequests {

    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "(/api/assessments/[^/]+|/tasks/[^/]+)/evidence/?|/api/library/documents/?|/library/(new|[^/]+/edit)/?");
    private static final Pattern IMPORT_PATHS = Pattern.compile("(/api)?/admin/legacy-imports/?");

    /** Room for the other fields and the part headers of a multipart form around the file. */
    private static final long ENVELOPE_BYTES = DataSize.ofMegabytes(1).toBytes();

    private final long maxBytes;
    private final long maxImportBytes;

    UploadRequests(@Value("${eia.evidence.max-file-size:20MB}") DataSize maxFileSize,
            @Value("${eia.legacy.max-import-size}") DataSize maxImportSize) {
        this.maxBytes = 2 * maxFileSize.toBytes() + ENVELOPE_BYTES;
        this.maxImportBytes = maxImportSize.toBytes() + ENVELOPE_BYTES;
    }

    boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (UPLOAD_PATHS.matcher(path(request)).matches() || IMPORT_PATHS.matcher(path(request)).matches());
    }

    /** The most an upload to this request's path may carry. */
    long maxBytes(HttpServletRequest request) {
        return IMPORT_PATHS.matcher(path(request)).matches() ? maxImportBytes : maxBytes;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Parts written to disk as they arrive (a threshold of 0), no limit on one part (the evidence module's is
     * clearer), and the whole request within the larger backstop; {@link RequestSizeLimit} holds each path to its own
     * by the length it declares.
     */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        factory.setMaxFileSize(DataSize.ofBytes(-1));
        factory.setMaxRequestSize(DataSize.ofBytes(Math.max(maxBytes, maxImportBytes)));
        return factory.createMultipartConfig();
    }
}
