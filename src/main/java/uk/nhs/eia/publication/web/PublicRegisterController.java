package uk.nhs.eia.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.eia.evidence.Downloads;
import uk.nhs.eia.publication.Publication;
import uk.nhs.eia.publication.PublishedPdfs;
import uk.nhs.eia.publication.Publications;
import uk.nhs.eia.refusal.NotFound;

/**
 * The public register: published assessments for anyone to read, without signing in, as pages and PDFs, with the
 * files cleared for publication with them.
 */
@Controller
class PublicRegisterController {

    private final Publications publications;
    private final PublishedPdfs pdfs;

    PublicRegisterController(Publications publications, PublishedPdfs pdfs) {
        this.publications = publications;
        this.pdfs = pdfs;
    }

    @GetMapping("/register")
    String register(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        List<Publication> found = publications.register(q, page);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("publications", found.stream().limit(Publications.PAGE_SIZE).toList());
        model.addAttribute("more", found.size() > Publications.PAGE_SIZE);
        return "publication/register";
    }

    @GetMapping("/register/{reference}")
    String latest(@PathVariable String reference, Model model) {
        List<Publication> versions = publications.versionsOf(reference);
        if (versions.isEmpty()) {
            throw new NotFound("Page not found", "There is no published assessment with the reference " + reference);
        }
        return show(versions.get(0), versions, model);
    }

    @GetMapping("/register/{reference}/versions/{number}")
    String version(@PathVariable String reference, @PathVariable int number, Model model) {
        Publication publication = publications.version(reference, number)
                .orElseThrow(() -> new NotFound("Page not found", "There is no published assessment with the reference " + reference));
        return show(publication, publications.versionsOf(reference), model);
    }

    @GetMapping("/register/{reference}/versions/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable int number) {
        Publication publication = publications.version(reference, number)
                .orElseThrow(() -> new NotFound("Page not found", "There is no published assessment with the reference " + reference));
        return pdfs.response(publication, false);
    }

    @GetMapping("/register/{reference}/versions/{number}/files/{fileId}")
    void file(@PathVariable String reference, @PathVariable int number, @PathVariable Long fileId,
            HttpServletResponse response) throws IOException {
        Downloads.send(publications.fileOf(reference, number, fileId), response);
    }

    private static String show(Publication publication, List<Publication> versions, Model model) {
        model.addAttribute("publication", publication);
        model.addAttribute("versions", versions);
        return "publication/published";
    }
}
