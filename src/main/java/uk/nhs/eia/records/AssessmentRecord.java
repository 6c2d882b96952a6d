package uk.nhs.eia.records;

import java.util.List;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.StepRun;
import uk.nhs.eia.assessment.AuthorTraining.TrainingFlag;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.tasks.OpenTask;

/**
 * Everything the record of one assessment shows: where it stands, each step, every submission and the answers
 * the current version stands on, reviewers' comments, the tasks open now, each time a step was open and for how long,
 * the timeline of what happened, the co-authors it is shared with, the EIA training of its author, equality lead and
 * decision-maker today, and each time someone without current training started it or submitted one of its steps.
 */
public record AssessmentRecord(AssessmentView assessment, List<RecordStep> steps, List<SubmittedAnswers> submissions,
        List<SubmittedAnswers> currentAnswers, List<RecordComment> comments, List<OpenTask> currentTasks,
        List<StepRun> stepRuns, List<AuditEvent> timeline, List<String> coAuthors, List<PersonTraining> training,
        List<TrainingFlag> trainingFlags) {
}
