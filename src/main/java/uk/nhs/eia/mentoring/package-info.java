/**
 * The reciprocal mentoring programme, run as cohorts on the same engine as assessments: staff apply with a survey,
 * the service proposes pairs of reverse mentors (ethnic-minority staff) and senior leaders from the survey results,
 * the programme lead confirms them, and each pair agrees a contract, meets, may ask for coaching and gives feedback;
 * the cohort's report and files come from what they recorded. It uses only the generic parts of the service (the
 * form engine, task lists, training sessions, audit), never the assessment's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reciprocal mentoring",
        allowedDependencies = {"audit", "forms", "forms :: process", "people", "refusal", "roles", "training", "tasks"})
package uk.nhs.eia.mentoring;
