package uk.nhs.eia.deployment.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.deployment.DeploymentEngine.Deployment;
import uk.nhs.eia.deployment.DeploymentFile;
import uk.nhs.eia.deployment.DeploymentRefused;
import uk.nhs.eia.deployment.ProcessDeployments;
import uk.nhs.eia.roles.AdminsOnly;

/**
 * An eia-admin's page for processes: every version deployed, with its running cases, and a form to deploy a model
 * with its forms and decisions, which lists every problem by file when they cannot be deployed.
 */
@Controller
@AdminsOnly
class DeploymentPages {

    private final ProcessDeployments deployments;

    DeploymentPages(ProcessDeployments deployments) {
        this.deployments = deployments;
    }

    @GetMapping("/admin/processes")
    String processes(Model model) {
        model.addAttribute("processes", deployments.processes());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "admin/processes";
    }

    @PostMapping("/admin/processes")
    String deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal person,
            Model model, RedirectAttributes flash) throws IOException {
        try {
            Deployment deployed = deployments.deploy(DeploymentFile.sent(files), person.getName());
            flash.addFlashAttribute("notice", "Deployed " + deployed.processes().stream()
                    .map(process -> process.name() + " version " + process.version())
                    .collect(Collectors.joining(", ")) + ". Cases already running stay on the version they started on.");
            return "redirect:/admin/processes";
        } catch (DeploymentRefused refused) {
            model.addAttribute("problems", refused.fieldErrors());
            return processes(model);
        }
    }
}
