/**
 * Telling people what needs them: notifications kept in the app for each person, and sent by e-mail when mail is
 * set up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"assessment", "people", "training", "roles"})
package uk.nhs.eia.notification;
