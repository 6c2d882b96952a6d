package uk.nhs.eia.refusal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import uk.nhs.eia.refusal.DatabaseUnavailable;

/**
 * Answers a request that could not reach the database with 503, at every door, in the door's own shape: the NHS
 * error page, an RFC 9457 problem at {@code /api}, the engine's error shape at {@code /engine-rest} and in the
 * webapps' API. It sits outside everything else because most such failures happen before any controller runs:
 * loading the person's session, or checking their password. The page is drawn without anything that reads the
 * database (the person is not signed in on it), so it can always be shown.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class DatabaseUnavailableAnswers extends OncePerRequestFilter {

    private final ITemplateEngine pages;
    private final ObjectMapper json;

    DatabaseUnavailableAnswers(ITemplateEngine pages, ObjectMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseUnavailable.explains(failure)) {
                throw failure;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            DatabaseUnavailable.answered(request.getMethod() + " " + path, failure);
            response.reset();
            response.setStatus(DatabaseUnavailable.STATUS);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
                write(response, MediaType.APPLICATION_JSON, json.writeValueAsString(
                        Map.of("type", DatabaseUnavailable.class.getSimpleName(), "message", DatabaseUnavailable.MESSAGE)));
            } else if (path.startsWith("/api/")) {
                write(response, MediaType.APPLICATION_PROBLEM_JSON, json.writeValueAsString(problem(path)));
            } else {
                page(request, response);
            }
        }
    }

    private static ProblemDetail problem(String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
        problem.setTitle(DatabaseUnavailable.TITLE);
        problem.setInstance(URI.create(path));
        return problem;
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        pages.process("error", new WebContext(exchange, Locale.UK, Map.of("status", DatabaseUnavailable.STATUS,
                "heading", DatabaseUnavailable.TITLE, "message", DatabaseUnavailable.MESSAGE)), response.getWriter());
    }

    private static void write(HttpServletResponse response, MediaType type, String body) throws IOException {
        response.setContentType(type.toString());
        response.getWriter().write(body);
    }
}
