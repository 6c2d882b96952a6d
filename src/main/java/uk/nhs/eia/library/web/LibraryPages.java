package uk.nhs.eia.library.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.library.EvidenceSource;
import uk.nhs.eia.library.SourceDetails;
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

    private final EvidenceLibrary library;
    private final Citations citations;
    private final TaskList tasks;

    LibraryPages(EvidenceLibrary library, Citations citations, TaskList tasks) {
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
        model.addAttribute("source", library.find(id));
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
            @RequestParam(required = false) List<String> groups, Principal person, Model model, RedirectAttributes redirect) {
        SourceDetails details = new SourceDetails(title, publisher, publishedOn, link, area, reviewBy, orNone(groups), null);
        try {
            EvidenceSource source = library.add(details, person.getName());
            redirect.addFlashAttribute("notice", "\"%s\" has been added to the evidence library".formatted(source.title()));
            return "redirect:/library/" + source.id();
        } catch (Invalid refused) {
            return form(null, details, refused.fieldErrors(), model);
        }
    }

    @GetMapping("/library/{id}/edit")
    String edit(@PathVariable Long id, Principal person, Model model) {
        library.requireCurator(person.getName());
        EvidenceSource source = library.find(id);
        return form(id, new SourceDetails(source.title(), source.publisher(), source.publishedOn().toString(), source.link(),
                source.area(), source.reviewBy().toString(), source.groups(), source.version()), List.of(), model);
    }

    @PostMapping("/library/{id}/edit")
    String change(@PathVariable Long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String publisher, @RequestParam(required = false) String publishedOn,
            @RequestParam(required = false) String link, @RequestParam(required = false) String area,
            @RequestParam(required = false) String reviewBy, @RequestParam(required = false) List<String> groups,
            @RequestParam(required = false) Integer version, Principal person, Model model, RedirectAttributes redirect) {
        SourceDetails details = new SourceDetails(title, publisher, publishedOn, link, area, reviewBy, orNone(groups), version);
        try {
            EvidenceSource source = library.change(id, details, person.getName());
            redirect.addFlashAttribute("notice", "\"%s\" has been changed".formatted(source.title()));
            return "redirect:/library/" + id;
        } catch (Invalid refused) {
            return form(id, details, refused.fieldErrors(), model);
        }
    }

    private String form(Long id, SourceDetails details, List<FieldError> errors, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("source", details);
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
