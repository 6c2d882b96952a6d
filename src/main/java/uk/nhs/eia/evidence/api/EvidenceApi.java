package uk.nhs.eia.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;
import uk.nhs.eia.evidence.Downloads;
import uk.nhs.eia.evidence.EvidenceFile;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.evidence.FilePublication;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/**
 * Files attached to an assessment's steps, for clients of the JSON API. A file is sent either as the raw body with
 * its name in {@code X-File-Name} (streamed straight into the database: the way for large files), or as
 * {@code multipart/form-data} with a part named {@code file}, as a browser form sends it.
 */
@RestController
@RequestMapping("/api/assessments/{id}/evidence")
class EvidenceApi {

    /** The header that names a file sent as the raw body, percent-encoded (UTF-8) when it is not plain ASCII. */
    static final String FILE_NAME_HEADER = "X-File-Name";

    private static final String RULES = "The type is detected from the content: PDF, Word (.doc, .docx), Excel (.xls, "
            + ".xlsx), OpenDocument text, spreadsheet or presentation, CSV, plain text, PNG, JPEG or GIF; not "
            + "macro-enabled, not encrypted, not empty, within eia.evidence.max-file-size (20 MB) and the assessment's "
            + "eia.evidence.max-per-assessment (200 MB). 201 with the file kept; 422 naming the file and the rule "
            + "broken, nothing kept; 429 when you are already sending eia.evidence.max-uploads-at-once (3) files; 403 "
            + "when the step is not yours to work on now or the assessment not yours to read; 404 when there is no such "
            + "assessment.";

    private final EvidenceFiles files;
    private final FilePublication publication;

    EvidenceApi(EvidenceFiles files, FilePublication publication) {
        this.files = files;
        this.publication = publication;
    }

    @Operation(summary = "Attach a file sent as the raw body", description = "Send the file's bytes as the body (any "
            + "Content-Type; it is not trusted) and its name in the X-File-Name header. " + RULES,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary"))))
    @PostMapping
    ResponseEntity<EvidenceFile> attachBody(@PathVariable Long id,
            @Parameter(description = "The step's key: EvidenceAndEngagement, ActionPlanAndOutcome or SignOff")
            @RequestParam String step, @RequestHeader(FILE_NAME_HEADER) String fileName, HttpServletRequest request,
            Principal person) throws IOException {
        String name = UriUtils.decode(fileName, StandardCharsets.UTF_8);
        return created(id, files.attach(id, step, name, request.getInputStream(), person.getName()));
    }

    @Operation(summary = "Attach a file sent as multipart/form-data", description = "The file in a part named file. " + RULES)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceFile> attachPart(@PathVariable Long id,
            @Parameter(description = "The step's key: EvidenceAndEngagement, ActionPlanAndOutcome or SignOff")
            @RequestParam String step, @RequestPart("file") MultipartFile file, Principal person) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return created(id, files.attach(id, step, file.getOriginalFilename(), content, person.getName()));
        }
    }

    @Operation(summary = "The files attached to an assessment", description = "Every version's, oldest first, each with "
            + "its step, type, size, SHA-256, who attached it and when, and when its step was submitted (null while it is "
            + "in the step's draft). 403 when the assessment is not yours to read.")
    @GetMapping
    List<EvidenceFile> list(@PathVariable Long id, Principal person) {
        return files.of(id, person.getName());
    }

    @Operation(summary = "Download a file", description = "As an attachment, with the type detected when it was kept "
            + "and X-Content-Type-Options: nosniff. 403 when the assessment is not yours to read; 404 when it has no "
            + "such file.")
    @GetMapping("/{fileId}")
    void download(@PathVariable Long id, @PathVariable Long fileId, Principal person, HttpServletResponse response)
            throws IOException {
        Downloads.send(files.download(id, fileId, person.getName()), response);
    }

    @Operation(summary = "Remove a file", description = "From a step that is your task now; the audit trail keeps its "
            + "name and SHA-256. 204; 403 when the step is not yours to work on now; 409 when the file belongs to an "
            + "earlier version.")
    @DeleteMapping("/{fileId}")
    ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long fileId, Principal person) {
        files.remove(id, fileId, person.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark a file publishable, or not", description = "The author's choice, while the file's step "
            + "is your task now: a file reaches the public register only when it is marked publishable and the "
            + "equality lead agrees at quality review. Marking it not publishable takes any agreement away. 200 with "
            + "the file; 422 when publishable is missing; 403 when the step is not yours to work on now; 409 for a "
            + "file of an earlier version.")
    @PutMapping("/{fileId}/publishable")
    EvidenceFile markPublishable(@PathVariable Long id, @PathVariable Long fileId, @RequestBody PublishableChoice choice,
            Principal person) {
        return publication.markPublishable(id, fileId, required("publishable", choice.publishable()), person.getName());
    }

    @Operation(summary = "Agree to publish a file, or no longer agree", description = "The equality lead's agreement, "
            + "at a quality review that is your task now, to a file its author marked publishable; it is published "
            + "with the assessment's next publication. 200 with the file; 422 when agreed is missing or the file is "
            + "not marked publishable; 403 when the quality review is not yours to work on now.")
    @PutMapping("/{fileId}/publication-agreement")
    EvidenceFile agree(@PathVariable Long id, @PathVariable Long fileId, @RequestBody PublicationAgreement agreement,
            Principal person) {
        return publication.agree(id, fileId, required("agreed", agreement.agreed()), person.getName());
    }

    record PublishableChoice(Boolean publishable) {
    }

    record PublicationAgreement(Boolean agreed) {
    }

    private static boolean required(String field, Boolean value) {
        if (value == null) {
            throw new Invalid(List.of(new FieldError(field, "Enter " + field + " as true or false")));
        }
        return value;
    }

    private static ResponseEntity<EvidenceFile> created(Long id, EvidenceFile file) {
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/evidence/" + file.id())).body(file);
    }
}
