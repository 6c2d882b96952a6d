package uk.nhs.eia.library.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import uk.nhs.eia.evidence.Downloads;
import uk.nhs.eia.evidence.KeptDocument;
import uk.nhs.eia.evidence.KeptDocuments;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.library.EvidenceSource;
import uk.nhs.eia.library.GroupCoverage;
import uk.nhs.eia.library.SourceDetails;
import uk.nhs.eia.library.SourceUse;

/** The trust's evidence library, for clients of the JSON API. */
@RestController
@RequestMapping("/api/library")
class LibraryApi {

    private final EvidenceLibrary library;
    private final Citations citations;
    private final KeptDocuments documents;

    LibraryApi(EvidenceLibrary library, Citations citations, KeptDocuments documents) {
        this.documents = documents;
        this.library = library;
        this.citations = citations;
    }

    @Operation(summary = "Search the evidence library", description = "Sources whose title, publisher or area contains q, "
            + "speaking to group (a characteristic or health-inequality group key) when given; stale is true once a "
            + "source's reviewBy date has passed.")
    @GetMapping("/sources")
    List<EvidenceSource> search(@RequestParam(required = false) String q, @RequestParam(required = false) String group) {
        return library.search(q, group);
    }

    @Operation(summary = "Add a source", description = "Equality leads only (403 otherwise). Body: title, publisher, "
            + "publishedOn and reviewBy (2026-03-31), link (https://...) or documentId (from POST /api/library/documents) "
            + "or both, area, groups (keys). 201 with the source; 422 naming each field to fix.")
    @PostMapping("/sources")
    ResponseEntity<EvidenceSource> add(@RequestBody SourceDetails details, Principal person) {
        EvidenceSource source = library.add(details, person.getName());
        return ResponseEntity.created(URI.create("/api/library/sources/" + source.id())).body(source);
    }

    @GetMapping("/sources/{id}")
    EvidenceSource source(@PathVariable Long id) {
        return library.find(id);
    }

    @Operation(summary = "Keep a document for a source", description = "Equality leads only. The document's bytes as "
            + "the body, its name in X-File-Name (percent-encoded UTF-8); the same types and limits as evidence files. "
            + "201 with the document, whose id a source then names as documentId; 422 naming the file and the rule.")
    @PostMapping("/documents")
    ResponseEntity<KeptDocument> keep(@RequestHeader("X-File-Name") String fileName, HttpServletRequest request,
            Principal person) throws IOException {
        library.requireCurator(person.getName());
        KeptDocument document = documents.keep(UriUtils.decode(fileName, StandardCharsets.UTF_8), request.getInputStream(),
                person.getName());
        return ResponseEntity.created(URI.create("/api/library/documents/" + document.id())).body(document);
    }

    @Operation(summary = "A source's document", description = "The document kept for a source, as an attachment with "
            + "nosniff; 404 when the source is read at its link only.")
    @GetMapping("/sources/{id}/document")
    void document(@PathVariable Long id, HttpServletResponse response) throws IOException {
        KeptDocument document = library.documentOf(id);
        Downloads.send(document, documents.open(document), response);
    }

    @Operation(summary = "Change a source", description = "Equality leads only. As adding, with the version you read: "
            + "409 when someone changed the source since, and nothing is saved.")
    @PutMapping("/sources/{id}")
    EvidenceSource change(@PathVariable Long id, @RequestBody SourceDetails details, Principal person) {
        return library.change(id, details, person.getName());
    }

    @Operation(summary = "Where a source is used", description = "The assessments citing it that you may read, and how "
            + "many others cite it.")
    @GetMapping("/sources/{id}/use")
    SourceUse use(@PathVariable Long id, Principal person) {
        return citations.useOf(id, person.getName());
    }

    @Operation(summary = "Evidence held for each group", description = "Every protected characteristic and "
            + "health-inequality group with the number of current and stale sources that speak to it; gap is true "
            + "where the trust holds no current evidence.")
    @GetMapping("/coverage")
    List<GroupCoverage> coverage() {
        return library.coverage();
    }
}
