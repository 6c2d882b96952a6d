package uk.nhs.eia.records.web;

import java.security.Principal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.assessment.AssessmentRegister;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.assessment.RegisterQuery;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;

/** The assessments register: search, filter, sort and page through the assessments a person may read. */
@Controller
class RegisterController {

    private final AssessmentRegister register;
    private final AssessmentAccess access;

    RegisterController(AssessmentRegister register, AssessmentAccess access) {
        this.register = register;
        this.access = access;
    }

    @GetMapping("/assessments")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String directorate, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String type, @RequestParam(required = false) String review,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            @RequestParam(required = false) Integer page, Principal person, Model model) {
        AssessmentAccess.Reader reader = access.readerFor(person.getName());
        model.addAttribute("reader", reader);
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("directorates", access.directoratesSeenBy(reader));
        model.addAttribute("sorts", RegisterQuery.Sort.values());
        try {
            RegisterQuery query = RegisterQuery.of(q, status, directorate, outcome, type, review, sort, order, page, null);
            Page<AssessmentView> results = register.search(reader, query);
            model.addAttribute("query", query);
            model.addAttribute("results", results);
            model.addAttribute("errors", List.of());
            model.addAttribute("links", new RegisterLinks(query));
        } catch (AssessmentRefused refused) {
            model.addAttribute("query", RegisterQuery.all());
            model.addAttribute("results", Page.empty());
            model.addAttribute("errors", refused.fieldErrors().stream().map(error -> new ErrorLink(error.message(), "q")).toList());
            model.addAttribute("links", new RegisterLinks(RegisterQuery.all()));
        }
        return "assessments/register";
    }
}
