/**
 * The process contract: the steps of the assessment process as the Java code knows them, each with its key in the
 * process model, its name, its form and who does it, checked against the deployed model and forms at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process contract",
        allowedDependencies = {"forms", "roles"})
package uk.nhs.eia.contract;
