package uk.nhs.eia.publication;

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
}
