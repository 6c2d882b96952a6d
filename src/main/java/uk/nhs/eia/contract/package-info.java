/**
 * The process contract: what the Java code knows of the process model and the forms, in one place. The steps of
 * the assessment process, each with its key in the process model, its name, its form and who does it; the
 * questions whose answers code reads or writes, the groups whose impact is rated and the options code compares
 * answers with. All of it is checked against the deployed model, decisions and forms at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process contract",
        allowedDependencies = {"forms", "roles"})
package uk.nhs.eia.contract;
