package uk.nhs.eia.deployment.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.eia.deployment.DeploymentEngine.DeployedProcess;
import uk.nhs.eia.deployment.DeploymentEngine.Deployment;
import uk.nhs.eia.deployment.DeploymentFile;
import uk.nhs.eia.deployment.ProcessDeployments;
import uk.nhs.eia.roles.AdminsOnly;

/** Deploying processes and forms, for eia-admins. */
@RestController
@AdminsOnly
class DeploymentsApi {

    private final ProcessDeployments deployments;

    DeploymentsApi(ProcessDeployments deployments) {
        this.deployments = deployments;
    }

    @Operation(summary = "Every version of every process deployed, with its running cases",
            description = "[{key, name, version, deployedAt, runningCases}], by key, latest version first. eia-admins only.")
    @GetMapping("/api/admin/deployments")
    List<DeployedProcess> processes() {
        return deployments.processes();
    }

    @Operation(summary = "Deploy a BPMN model with its forms and decisions", description = "multipart/form-data with "
            + "one part files for each file: .bpmn models, .dmn decisions and .form Camunda Forms. Checked first as the "
            + "service's own are at start-up; 201 with the deployment and the process versions it made, or 422 listing "
            + "every problem with its file as key, nothing deployed. Cases already running stay on their version. "
            + "eia-admins only.")
    @PostMapping(path = "/api/admin/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Deployment deploy(@RequestPart("files") List<MultipartFile> files, Principal person) throws IOException {
        return deployments.deploy(DeploymentFile.sent(files), person.getName());
    }
}
