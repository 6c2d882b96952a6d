package uk.nhs.eia.publication;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A published version as a tagged, accessible PDF (PDF/UA) of the same content as its page, made from the content
 * kept when it was published, with the typeface embedded, its title and language set, and headings, lists and tables
 * tagged for screen readers.
 */
@Service
public class PublishedPdfs {

    /** A typeface PDFBox ships with, so the PDF embeds the same font on every machine. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    PublishedPdfs(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] of(Publication publication) {
        Context model = new Context(Locale.UK);
        model.setVariable("publication", publication);
        String html = templates.process("publication/pdf", model);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> PublishedPdfs.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + publication.reference(), e);
        }
    }

    /** The PDF as an answer to a request: opened in the browser, or downloaded, named after its reference and version. */
    public ResponseEntity<byte[]> response(Publication publication, boolean download) {
        String filename = "%s-v%d.pdf".formatted(publication.reference(), publication.number());
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(filename).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(of(publication));
    }
}
