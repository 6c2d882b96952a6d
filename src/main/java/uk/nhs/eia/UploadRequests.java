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
 * earlier assessments with their documents. They alone may be larger than {@link RequestSizeLimit}'s limit for everything else. The
 * evidence module refuses a file over {@code eia.evidence.max-file-size} itself, naming the file; the limit here, twice
 * that and room for the form around it, is only the backstop beyond which the service reads no further, so that a
 * somewhat too large file still gets that named refusal, and the servlet container keeps multipart parts on disk,
 * never in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadRequests {

    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "(/api/assessments/[^/]+|/tasks/[^/]+)/evidence/?|/api/library/documents/?|/library/(new|[^/]+/edit)/?"
            + "|(/api)?/admin/legacy-imports/?");

    /** Room for the other fields and the part headers of a multipart form around the file. */
    private static final long ENVELOPE_BYTES = DataSize.ofMegabytes(1).toBytes();

    private final long maxBytes;

    UploadRequests(@Value("${eia.evidence.max-file-size:20MB}") DataSize maxFileSize) {
        this.maxBytes = 2 * maxFileSize.toBytes() + ENVELOPE_BYTES;
    }

    boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && UPLOAD_PATHS.matcher(path).matches();
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Parts written to disk as they arrive (a threshold of 0), no limit on one part (the evidence module's is
     * clearer), and the whole request within the backstop.
     */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        factory.setMaxFileSize(DataSize.ofBytes(-1));
        factory.setMaxRequestSize(DataSize.ofBytes(maxBytes));
        return factory.createMultipartConfig();
    }
}
