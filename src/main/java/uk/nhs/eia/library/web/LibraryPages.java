package uk.nhs.eia.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.evidence.Downloads;
import uk.nhs.eia.evidence.EvidenceRefused;
import uk.nhs.eia.evidence.KeptDocument;
import uk.nhs.eia.evidence.KeptDocuments;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.library.EvidenceSource;
import uk.nhs.eia.library.SourceDetails;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.tasks.TaskList;

/**
 * The evidence library's pages: search it (and, from an evidence step, choose a source to cite), read a source and
 * where it is used, see the groups without current evidence, and, for equality leads, add and change sources.
 */
@Controller
class LibraryPages {

    /** Every group a source can speak to, by key, in the order the impact assessment asks about them. */
    static final Map<String, String> GROUPS = Arrays.stream(ImpactGroup.values())
            .collect(Collectors.toMap(ImpactGroup::key, group -> capitalised(group.label()), (a, b) -> a,
                    java.util.LinkedHashMap::new));

    /** The form's control for a document kept for the source. */
    private static final String DOCUMENT = "document";

    private final EvidenceLibrary library;
    private final Citations citations;
    private final TaskList tasks;
    private final KeptDocuments documents;
    private final People people;

    LibraryPages(EvidenceLibrary library, Citations citations, TaskList tasks, KeptDocuments documents, People people) {
        this.people = people;
        this.documents = documents;
        this.tasks = tasks;
        this.library = library;
        this.citations = citations;
    }

    @GetMapping("/library")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String group,
            @RequestParam(required = false) String task, Principal person, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("task", task);
        model.addAttribute("cited", task == null ? List.of() : tasks.find(task).filter(open -> open.assessmentId() != null)
                .map(open -> citations.sourcesCitedBy(open.assessmentId(), person.getName())).orElse(List.of()));
        model.addAttribute("groups", GROUPS);
        model.addAttribute("sources", library.search(q, group));
        model.addAttribute("curates", library.curates(person.getName()));
        return "library/search";
    }

    @GetMapping("/library/coverage")
    String coverage(Model model) {
        model.addAttribute("coverage", library.coverage());
        return "library/coverage";
    }

    @GetMapping("/library/{id}")
    String source(@PathVariable Long id, Principal person, Model model) {
        EvidenceSource source = library.find(id);
        model.addAttribute("source", source);
        model.addAttribute("changedBy", people.nameOf(source.changedBy()));
        model.addAttribute("use", citations.useOf(id, person.getName()));
        model.addAttribute("curates", library.curates(person.getName()));
        return "library/source";
    }

    @GetMapping("/library/new")
    String newSource(Principal person, Model model) {
        library.requireCurator(person.getName());
        return form(null, new SourceDetails("", "", "", "", "", LocalDate.now().plusYears(1).toString(), List.of(), null),
                List.of(), model);
    }

    @PostMapping("/library/new")
    String add(@RequestParam(required = false) String title, @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String publishedOn, @RequestParam(required = false) String link,
            @RequestParam(required = false) String area, @RequestParam(required = false) String reviewBy,
            @RequestParam(required = false) List<String> groups, @RequestParam(required = false) MultipartFile document,
            Principal person, Model model, RedirectAttributes redirect) throws IOException {
        SourceDetails details = new SourceDetails(title, publisher, publishedOn, link, area, reviewBy, orNone(groups), null);
        try {
            EvidenceSource source = library.add(withDocument(details, document, person), person.getName());
            redirect.addFlashAttribute("notice", "\"%s\" has been added to the evidence library".formatted(source.title()));
            return "redirect:/library/" + source.id();
        } catch (Invalid refused) {
            return form(null, details, errorsOf(refused), model);
        }
    }

    @GetMapping("/library/{id}/edit")
    String edit(@PathVariable Long id, Principal person, Model model) {
        library.requireCurator(person.getName());
        EvidenceSource source = library.find(id);
        return form(id, new SourceDetails(source.title(), source.publisher(), source.publishedOn().toString(), source.link(),
                source.area(), source.reviewBy().toString(), source.groups(), source.version(), source.documentId()),
                List.of(), model);
    }

    @PostMapping("/library/{id}/edit")
    String change(@PathVariable Long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String publisher, @RequestParam(required = false) String publishedOn,
            @RequestParam(required = false) String link, @RequestParam(required = false) String area,
            @RequestParam(required = false) String reviewBy, @RequestParam(required = false) List<String> groups,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) MultipartFile document, Principal person, Model model,
            RedirectAttributes redirect) throws IOException {
        SourceDetails details = new SourceDetails(title, publisher, publishedOn, link, area, reviewBy, orNone(groups), version,
                documentId);
        try {
            EvidenceSource source = library.change(id, withDocument(details, document, person), person.getName());
            redirect.addFlashAttribute("notice", "\"%s\" has been changed".formatted(source.title()));
            return "redirect:/library/" + id;
        } catch (Invalid refused) {
            return form(id, details, errorsOf(refused), model);
        }
    }

    @GetMapping("/library/{id}/document")
    void document(@PathVariable Long id, HttpServletResponse response) throws IOException {
        KeptDocument document = library.documentOf(id);
        Downloads.send(document, documents.open(document), response);
    }

    /**
     * The details with the document sent beside them kept first, once the details are known to be sound, so that
     * details refused keep no document.
     */
    private SourceDetails withDocument(SourceDetails details, MultipartFile document, Principal person) throws IOException {
        boolean sent = document != null && !document.isEmpty();
        library.check(details, sent);
        if (!sent) {
            return details;
        }
        try (InputStream content = document.getInputStream()) {
            return details.withDocument(documents.keep(document.getOriginalFilename(), content, person.getName()).id());
        }
    }

    /** A refused document is shown at the form's document control, the rest where the library names them. */
    private static List<FieldError> errorsOf(Invalid refused) {
        return refused instanceof EvidenceRefused ? List.of(new FieldError(DOCUMENT, refused.getMessage()))
                : refused.fieldErrors();
    }

    private String form(Long id, SourceDetails details, List<FieldError> errors, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("source", details);
        model.addAttribute("currentDocument", details.documentId() == null ? null
                : documents.find(details.documentId()).map(KeptDocument::fileName).orElse(null));
        model.addAttribute("groupChoices", GROUPS);
        model.addAttribute("errors", errors.stream().map(error -> new ErrorLink(error.message(), error.key())).toList());
        model.addAttribute("fieldErrors", errors.stream()
                .collect(Collectors.toMap(FieldError::key, FieldError::message, (first, second) -> first)));
        return "library/form";
    }

    private static List<String> orNone(List<String> groups) {
        return groups == null ? List.of() : groups;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
