/**
 * Publication: each signed-off (or reviewed) assessment published as an unchangeable version, read on the public
 * register without signing in, and as a tagged PDF of the same content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication",
        allowedDependencies = {"contract", "assessment", "audit", "forms", "people", "evidence", "library", "refusal"})
package uk.nhs.eia.publication;
