package uk.nhs.eia.tasks.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.tasks.TaskList;

/** The first page after sign-in: the person's own work. */
@Controller
class HomeController {

    private static final int RECENT_ASSESSMENTS = 20;

    private final TaskList tasks;
    private final AssessmentService assessments;
    private final People people;
    private final Directorates directorates;
    private final TaskDrafts drafts;

    HomeController(TaskList tasks, AssessmentService assessments, People people, Directorates directorates, TaskDrafts drafts) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.assessments = assessments;
        this.people = people;
        this.directorates = directorates;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        String username = principal.getName();
        var groups = people.groupsOf(username);
        model.addAttribute("username", username);
        model.addAttribute("myTasks", tasks.assignedTo(username));
        model.addAttribute("teamTasks", tasks.claimableBy(groups));
        model.addAttribute("myDrafts", drafts.savedBy(username));
        model.addAttribute("myAssessments", assessments.recentByAuthor(username, RECENT_ASSESSMENTS));
        model.addAttribute("canStart", groups.contains(Groups.AUTHORS));
        model.addAttribute("directorates", directorates.of(username));
        return "home";
    }
}
