package uk.nhs.eia.publication.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.publication.PublishedPdfs;
import uk.nhs.eia.publication.Publications;

/** The published PDF of an assessment, for signed-in people who may read it. */
@RestController
class PublicationApi {

    private final Publications publications;
    private final PublishedPdfs pdfs;

    PublicationApi(Publications publications, PublishedPdfs pdfs) {
        this.publications = publications;
        this.pdfs = pdfs;
    }

    @Operation(summary = "The latest published version as a PDF", description = "A tagged, accessible PDF (PDF/UA) "
            + "of the published page: reference, version, dates, the decision-maker's attestation, the action plan and "
            + "every published step. 404 until the assessment is published; 403 when it is not yours to read.")
    @GetMapping("/api/assessments/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Principal person) {
        return pdfs.response(publications.latestFor(id, person.getName()), true);
    }
}
