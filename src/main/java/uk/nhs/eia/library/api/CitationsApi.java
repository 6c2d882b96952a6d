package uk.nhs.eia.library.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.library.Citation;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** The library sources an assessment cites, for clients of the JSON API. */
@RestController
@RequestMapping("/api/assessments/{id}/sources")
class CitationsApi {

    private final Citations citations;

    CitationsApi(Citations citations) {
        this.citations = citations;
    }

    @GetMapping
    List<Citation> cited(@PathVariable Long id, Principal person) {
        return citations.of(id, person.getName());
    }

    @Operation(summary = "Cite a library source", description = "While the evidence and engagement step is your task "
            + "now (403 otherwise). Body: sourceId and shows, what the source shows for your proposal. 201 with the "
            + "citation; 422 naming sourceId or shows; 404 for a source not in the library; 409 when this version "
            + "cites it already.")
    @PostMapping
    ResponseEntity<Citation> cite(@PathVariable Long id, @RequestBody NewCitation body, Principal person) {
        if (body.sourceId() == null) {
            throw new Invalid(List.of(new FieldError("sourceId", "Choose a source from the evidence library")));
        }
        Citation citation = citations.cite(id, body.sourceId(), body.shows(), person.getName());
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/sources/" + citation.id())).body(citation);
    }

    @DeleteMapping("/{citationId}")
    ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long citationId, Principal person) {
        citations.remove(id, citationId, person.getName());
        return ResponseEntity.noContent().build();
    }

    record NewCitation(Long sourceId, String shows) {
    }
}
