package uk.nhs.eia.assessment.process;

import static uk.nhs.eia.assessment.process.ProcessVariables.assessmentId;
import static uk.nhs.eia.assessment.process.ProcessVariables.date;
import static uk.nhs.eia.assessment.process.ProcessVariables.text;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.contract.Question;

/**
 * The delegates and listeners the process model names with {@code ${beanName}}. Each reads the record's id and
 * the values it needs from the process and hands them to {@link AssessmentService}.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleDelegates {

    /** Runs when the "Full assessment needed?" gateway starts, after the decision's output mappings are applied. */
    @Bean
    ExecutionListener recordScreeningDecision(AssessmentService assessments) {
        return execution -> assessments.screeningDecided(assessmentId(execution),
                Boolean.TRUE.equals(execution.getVariable("fullAssessmentRequired")), text(execution, "screeningReason"));
    }

    @Bean
    JavaDelegate recordScreeningOut(AssessmentService assessments) {
        return execution -> assessments.screenedOut(assessmentId(execution),
                date(execution, Question.SCREENING_REVIEW_DATE));
    }

    @Bean
    JavaDelegate recordRejection(AssessmentService assessments) {
        return execution -> assessments.rejected(assessmentId(execution));
    }

    @Bean
    JavaDelegate recordWithdrawal(AssessmentService assessments) {
        return execution -> assessments.withdrawn(assessmentId(execution), text(execution, "withdrawalReason"));
    }

    @Bean
    JavaDelegate publishAssessment(AssessmentService assessments) {
        return execution -> assessments.published(assessmentId(execution), date(execution, Question.REVIEW_DATE));
    }

    @Bean
    JavaDelegate scheduleNextReview(AssessmentService assessments) {
        return execution -> assessments.reviewConfirmed(assessmentId(execution),
                date(execution, Question.NEXT_REVIEW_DATE));
    }

    @Bean
    JavaDelegate startNewVersion(AssessmentService assessments) {
        return execution -> assessments.newVersionStarted(assessmentId(execution));
    }

    /** Runs as a reminder timer fires, naming the step it is attached to. */
    @Bean
    ExecutionListener recordReminder(AssessmentService assessments) {
        return execution -> {
            var step = ((BoundaryEvent) execution.getBpmnModelElementInstance()).getAttachedTo();
            assessments.reminderDue(assessmentId(execution), step.getId(), step.getName());
        };
    }

    /** Runs as an escalation timer fires, naming the step it is attached to. */
    @Bean
    ExecutionListener recordEscalation(AssessmentService assessments) {
        return execution -> {
            var step = ((BoundaryEvent) execution.getBpmnModelElementInstance()).getAttachedTo();
            assessments.escalationDue(assessmentId(execution), step.getId(), step.getName());
        };
    }
}
