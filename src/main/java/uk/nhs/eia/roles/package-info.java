/**
 * Roles: the groups that decide what each person may do, and the rules that name them. Pages and endpoints say who
 * may use them with {@link uk.nhs.eia.roles.AdminsOnly} and {@link uk.nhs.eia.roles.AuditorsOnly}; what each role
 * may do through the engine's doors is {@code workflow.EngineDoor}; who reads an assessment is
 * {@code assessment.AssessmentAccess}; who may work a step is {@code assessment.SeparationOfDuties}; which role a
 * step is offered to is the process contract's {@code Step.Actor}, checked against the model at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roles",
        allowedDependencies = {})
package uk.nhs.eia.roles;
