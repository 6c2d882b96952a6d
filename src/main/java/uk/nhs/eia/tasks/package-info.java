/**
 * The work waiting for people: task lists, due dates and reminders, and the record of each step starting and
 * finishing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks",
        allowedDependencies = {"contract", "assessment", "forms", "forms :: process", "people", "quality", "training", "refusal", "roles"})
package uk.nhs.eia.tasks;
