/**
 * Processes and forms as content: eia-admins deploy a BPMN model with its DMN decisions and Camunda Forms, checked
 * first by the checks start-up runs (every form readable and made of components the service renders, every form and
 * decision a model names deployed with it, and the assessment process's contract), each problem naming its file and
 * element; each deployment is a new version, audited, and cases already running stay on the version they started on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process deployment",
        allowedDependencies = {"contract", "forms", "audit", "roles", "refusal"})
package uk.nhs.eia.deployment;
