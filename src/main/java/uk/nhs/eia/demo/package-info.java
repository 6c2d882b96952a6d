/**
 * Demo assessments at different steps, so that a first visit shows a living system. Never loaded under the
 * {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"contract", "people", "training", "legacy", "mentoring", "tasks"})
package uk.nhs.eia.demo;
