/**
 * The reciprocal mentoring programme, run as cohorts on the same engine as assessments: staff apply with a survey,
 * the service proposes pairs of reverse mentors (ethnic-minority staff) and senior leaders from the survey results,
 * and the programme lead confirms them. This part holds the pairing: who may be paired with whom, how well a pair
 * fits, and the best pairing of a cohort.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reciprocal mentoring", allowedDependencies = {})
package uk.nhs.eia.mentoring;
