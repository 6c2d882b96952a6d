package uk.nhs.eia.assessment;


/** An assessment in brief, as lists and the JSON API show it. */
public record AssessmentSummary(Long id, String reference, String title, String status, String currentStep,
        String directorate, String author, String processInstanceId) {

    public static AssessmentSummary of(AssessmentView assessment) {
        return new AssessmentSummary(assessment.getId(), assessment.getReference(), assessment.getTitle(),
                assessment.getStatus().name(), assessment.getCurrentStep(), assessment.getDirectorate(),
                assessment.getAuthor(), assessment.getProcessInstanceId());
    }
}
