package uk.nhs.eia.publication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** The PDF of a published version, made from the content kept when it was published. */
@Service
public class PublishedPdfs {

    private final PublicationPdf pdf;

    PublishedPdfs(PublicationPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] of(Publication publication) {
        return pdf.of(publication);
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
