package uk.nhs.eia.legacy.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.eia.legacy.ImportedAssessments;
import uk.nhs.eia.legacy.LegacyImport;
import uk.nhs.eia.roles.AdminsOnly;

/** Importing assessments made before this service, for eia-admins. */
@RestController
@AdminsOnly
class LegacyImportApi {

    private final LegacyImport imports;

    LegacyImportApi(LegacyImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import earlier assessments with their documents", description = "multipart/form-data with a "
            + "part records (CSV with the header reference,title,directorate,proposalType,author,decisionMaker,"
            + "decisionDate,outcome,reviewDate,groupsAffected; groups separated by ;) and a part documents (a ZIP: each "
            + "document in a folder named after its assessment's reference, or named after it). All or nothing: 201 with "
            + "what was imported, or 422 listing every problem with its row and column. eia-admins only.")
    @PostMapping(path = "/api/admin/legacy-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportedAssessments importAll(@RequestPart("records") MultipartFile records, @RequestPart("documents") MultipartFile documents,
            Principal person) throws IOException {
        try (InputStream csv = records.getInputStream()) {
            return imports.importAll(csv, documents::getInputStream, person.getName());
        }
    }
}
