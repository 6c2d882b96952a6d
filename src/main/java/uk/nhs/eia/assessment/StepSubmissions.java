package uk.nhs.eia.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Every step reads its assessment's submissions. The queries are written out because Hibernate keeps the plan of
 * a query written as text, while a query derived from the method's name was planned again on every call.
 */
interface StepSubmissions extends Repository<StepSubmission, Long> {

    StepSubmission save(StepSubmission submission);

    @Query("select s from StepSubmission s where s.assessmentId = :assessmentId order by s.id")
    List<StepSubmission> allOf(Long assessmentId);

    @Query("""
            select s from StepSubmission s where s.assessmentId = :assessmentId
            and s.assessmentVersion = :assessmentVersion and s.step = :step order by s.id desc limit 1""")
    Optional<StepSubmission> lastOfStep(Long assessmentId,
            int assessmentVersion, String step);

    @Query("""
            select s from StepSubmission s where s.assessmentId = :assessmentId
            and s.assessmentVersion = :assessmentVersion and s.formId = :formId order by s.id desc limit 1""")
    Optional<StepSubmission> lastOfForm(Long assessmentId,
            int assessmentVersion, String formId);
}
