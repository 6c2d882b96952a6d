package uk.nhs.eia.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface StepSubmissions extends Repository<StepSubmission, Long> {

    StepSubmission save(StepSubmission submission);

    List<StepSubmission> findByAssessmentIdOrderByIdAsc(Long assessmentId);

    Optional<StepSubmission> findFirstByAssessmentIdAndAssessmentVersionAndStepOrderByIdDesc(Long assessmentId,
            int assessmentVersion, String step);

    Optional<StepSubmission> findFirstByAssessmentIdAndAssessmentVersionAndFormIdOrderByIdDesc(Long assessmentId,
            int assessmentVersion, String formId);
}
