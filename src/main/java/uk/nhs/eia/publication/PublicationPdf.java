package uk.nhs.eia.publication;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A published version as a tagged, accessible PDF (PDF/UA) of the same content as its page, with the typeface
 * embedded, its title and language set, and headings, lists and tables tagged for screen readers.
 */
@Component
class PublicationPdf {

    /** A typeface PDFBox ships with, so the PDF embeds the same font on every machine. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    PublicationPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] of(Publication publication) {
        Context model = new Context(Locale.UK);
        model.setVariable("publication", publication);
        String html = templates.process("publication/pdf", model);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> PublicationPdf.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + publication.reference(), e);
        }
    }
}
