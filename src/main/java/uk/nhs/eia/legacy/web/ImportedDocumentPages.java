package uk.nhs.eia.legacy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.evidence.Downloads;
import uk.nhs.eia.evidence.KeptDocument;
import uk.nhs.eia.evidence.KeptDocuments;
import uk.nhs.eia.legacy.LegacyImport;
import uk.nhs.eia.refusal.NotFound;

/** The documents an imported assessment came with, for anyone who may read it. */
@Controller
class ImportedDocumentPages {

    private final AssessmentAccess access;
    private final LegacyImport imports;
    private final KeptDocuments documents;

    ImportedDocumentPages(AssessmentAccess access, LegacyImport imports, KeptDocuments documents) {
        this.access = access;
        this.imports = imports;
        this.documents = documents;
    }

    @GetMapping("/assessments/{id}/imported/{documentId}")
    void download(@PathVariable Long id, @PathVariable Long documentId, Principal person, HttpServletResponse response)
            throws IOException {
        access.readable(id, person.getName());
        KeptDocument document = imports.documentOf(id, documentId)
                .orElseThrow(() -> new NotFound("Document not found", "The assessment came with no document " + documentId));
        Downloads.send(document, documents.open(document), response);
    }
}
