package uk.nhs.eia;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than any the service needs ({@code eia.requests.max-body-size}, 1 MB by default),
 * whichever door they come through, before anything reads them: a declared length over the limit is answered 413
 * at once, and a body sent in chunks without a length is read up to the limit and refused the same way beyond it.
 * Uploads ({@link UploadRequests}) have larger limits of their own, by path, and are streamed, never read here; a
 * multipart body must say its length, as browsers do, since the container parses it before it could be counted here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final UploadRequests uploads;

    RequestSizeLimit(@Value("${eia.requests.max-body-size:1MB}") DataSize maxBodySize, UploadRequests uploads) {
        this.maxBytes = maxBodySize.toBytes();
        this.uploads = uploads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (uploads.isUpload(request)) {
            if (request.getContentLengthLong() > uploads.maxBytes(request)) {
                tooLarge(response, uploads.maxBytes(request));
                return;
            }
            if (request.getContentLengthLong() < 0 && multipartWithoutLength(request)) {
                lengthRequired(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        if (request.getContentLengthLong() < 0 && multipartWithoutLength(request)) {
            lengthRequired(response);
            return;
        }
        if (request.getContentLengthLong() < 0 && sentWithoutLength(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
            if (body.length > maxBytes) {
                tooLarge(response, maxBytes);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A body sent in chunks, without a declared length, other than a form post (which the servlet container parses
     * itself and limits with {@code server.tomcat.max-http-form-post-size}).
     */
    private static boolean sentWithoutLength(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return request.getHeader("Transfer-Encoding") != null && !contentType.startsWith("application/x-www-form-urlencoded")
                && !contentType.startsWith("multipart/");
    }

    private static boolean multipartWithoutLength(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return request.getHeader("Transfer-Encoding") != null && contentType.startsWith("multipart/");
    }

    /** The container parses a multipart body before anything here could count it, so it must say how long it is. */
    private static void lengthRequired(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_LENGTH_REQUIRED);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Length required\",\"status\":411,"
                + "\"detail\":\"Send a multipart body with its Content-Length\"}");
    }

    private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                + "\"detail\":\"Send at most " + maxBytes + " bytes\"}");
    }

    /** A body read already, within the limit, offered again to whatever reads it next. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
