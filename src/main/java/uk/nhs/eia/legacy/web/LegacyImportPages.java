package uk.nhs.eia.legacy.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.eia.legacy.ImportRefused;
import uk.nhs.eia.legacy.LegacyImport;
import uk.nhs.eia.roles.AdminsOnly;

/**
 * An eia-admin imports earlier assessments from a page: the CSV and the ZIP of documents, then either what was imported
 * or a table of every problem, by row, with nothing imported.
 */
@Controller
@AdminsOnly
class LegacyImportPages {

    private final LegacyImport imports;
    private final DataSize maxImportSize;

    LegacyImportPages(LegacyImport imports, @Value("${eia.legacy.max-import-size}") DataSize maxImportSize) {
        this.imports = imports;
        this.maxImportSize = maxImportSize;
    }

    @ModelAttribute
    void whatToSend(Model model) {
        model.addAttribute("columns", String.join(",", LegacyImport.COLUMNS));
        model.addAttribute("maxImportMegabytes", maxImportSize.toMegabytes());
    }

    @GetMapping("/admin/legacy-imports")
    String form(Model model) {
        model.addAttribute("problems", List.of());
        return "admin/legacy-import";
    }

    @PostMapping("/admin/legacy-imports")
    String importAll(@RequestParam(required = false) MultipartFile records,
            @RequestParam(required = false) MultipartFile documents, Principal person, Model model) throws IOException {
        if (records == null || records.isEmpty() || documents == null || documents.isEmpty()) {
            model.addAttribute("problems", List.of(new ImportRefused.RowError(0, records == null || records.isEmpty()
                    ? "records" : "documents", "Choose both the CSV of records and the ZIP of their documents")));
            return "admin/legacy-import";
        }
        try (InputStream csv = records.getInputStream()) {
            model.addAttribute("imported", imports.importAll(csv, documents::getInputStream, person.getName()));
            model.addAttribute("problems", List.of());
        } catch (ImportRefused refused) {
            model.addAttribute("problems", refused.errors());
        }
        return "admin/legacy-import";
    }
}
