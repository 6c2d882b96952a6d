/**
 * Refusals: why the service will not do what was asked, in words for the person who asked. Every module raises
 * one of the few kinds here; each door answers them in one place: the JSON API as RFC 9457 problem details
 * ({@code refusal.api}), pages as the NHS error page ({@code refusal.web}), and the engine's REST APIs in the
 * engine's error shape ({@code workflow.EngineErrorAnswers}). A database that cannot be reached is no refusal but is
 * answered alongside them: 503 at every door, in that door's shape ({@code DatabaseUnavailable}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Refusals",
        allowedDependencies = {})
package uk.nhs.eia.refusal;
