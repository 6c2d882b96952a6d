package uk.nhs.eia.library.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

    LibraryApi(EvidenceLibrary library, Citations citations) {
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
            + "publishedOn and reviewBy (2026-03-31), link (https://...), area, groups (keys). 201 with the source; 422 "
            + "naming each field to fix.")
    @PostMapping("/sources")
    ResponseEntity<EvidenceSource> add(@RequestBody SourceDetails details, Principal person) {
        EvidenceSource source = library.add(details, person.getName());
        return ResponseEntity.created(URI.create("/api/library/sources/" + source.id())).body(source);
    }

    @GetMapping("/sources/{id}")
    EvidenceSource source(@PathVariable Long id) {
        return library.find(id);
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
