package uk.nhs.eia.publication;

import static uk.nhs.eia.contract.Question.DUE_REGARD_ATTESTATION;
import static uk.nhs.eia.contract.Question.SIGN_OFF_COMMENTS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.nhs.eia.EnglishDates;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.evidence.EvidenceFile;
import uk.nhs.eia.library.Citation;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.forms.FormVersions;
import uk.nhs.eia.forms.Labels;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.People;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;

/**
 * The content of a published assessment, made once at publication: its overview, its summary, the answers of each
 * step the public reads (not the internal quality review), and the decision-maker's attestation.
 */
@Component
class PublishedContent {

    /** Steps whose answers are internal to the organisation: the quality review's ratings and notes. */
    private static final Set<String> INTERNAL_FORMS = Set.of(Step.QUALITY_REVIEW.formId(), Step.PROPOSAL_DETAILS.formId(),
            Step.REVIEW.formId());
    static final String SIGN_OFF_FORM = Step.SIGN_OFF.formId();

    private final ITemplateEngine templates;
    private final FormVersions forms;
    private final FormRenderer renderer;
    private final Labels labels;
    private final Directorates directorates;
    private final People people;
    private final EnglishDates dates;
    private final PublicationSettings settings;

    PublishedContent(ITemplateEngine templates, FormVersions forms, FormRenderer renderer, Labels labels,
            Directorates directorates, People people, EnglishDates dates, PublicationSettings settings) {
        this.templates = templates;
        this.forms = forms;
        this.renderer = renderer;
        this.labels = labels;
        this.directorates = directorates;
        this.people = people;
        this.dates = dates;
        this.settings = settings;
    }

    String of(AssessmentView assessment, List<SubmittedAnswers> answers, int number, Instant publishedAt,
            List<EvidenceFile> files, List<Citation> citations) {
        Context model = new Context(Locale.UK);
        model.setVariable("files", files);
        model.setVariable("citations", citations);
        model.setVariable("dates", dates);
        model.setVariable("a", assessment);
        model.setVariable("number", number);
        model.setVariable("publishedAt", dates.date(publishedAt));
        model.setVariable("plannedDecisionDate", dates.date(assessment.getPlannedDecisionDate()));
        model.setVariable("reviewDate", dates.date(assessment.getReviewDate()));
        model.setVariable("type", labels.of(Question.PROPOSAL_TYPE.key(), assessment.getProposalType()));
        model.setVariable("outcome", labels.of(Question.OUTCOME.key(), assessment.getOutcome()));
        model.setVariable("directorate", directorates.all().stream().filter(d -> d.code().equals(assessment.getDirectorate()))
                .map(Directorates.Directorate::name).findFirst().orElse(assessment.getDirectorate()));
        model.setVariable("author", settings.showAuthorName() ? people.nameOf(assessment.getAuthor()) : "The author (name not published)");
        model.setVariable("decisionMaker", settings.showDecisionMakerName() ? people.nameOf(assessment.getDecisionMaker())
                : "The decision-maker (name not published)");
        model.setVariable("summary", answer(answers, Question.SUMMARY));
        List<Section> sections = new ArrayList<>();
        for (SubmittedAnswers step : answers) {
            if (!INTERNAL_FORMS.contains(step.getFormId()) && !SIGN_OFF_FORM.equals(step.getFormId())) {
                forms.of(step.getFormId(), step.getFormVersion()).ifPresent(form -> sections.add(
                        new Section(step.getStep(), renderer.renderSummary(form, step.getAnswers(), null))));
            }
        }
        model.setVariable("sections", sections);
        answers.stream().filter(step -> SIGN_OFF_FORM.equals(step.getFormId())).reduce((first, last) -> last)
                .ifPresent(signOff -> {
                    model.setVariable("signedOffOn", dates.date(signOff.getSubmittedAt()));
                    boolean attested = Boolean.TRUE.equals(signOff.getAnswers().get(DUE_REGARD_ATTESTATION.key()));
                    model.setVariable("attestation", attested ? labelOf(DUE_REGARD_ATTESTATION, signOff) : null);
                    model.setVariable("reasons", signOff.getAnswers().get(SIGN_OFF_COMMENTS.key()));
                });
        return templates.process("publication/content", model);
    }

    /** The question's words as the form asked them when it was answered. */
    private String labelOf(Question question, SubmittedAnswers answered) {
        return forms.of(answered.getFormId(), answered.getFormVersion())
                .flatMap(form -> form.allComponents().stream().filter(c -> question.key().equals(c.key())).findFirst())
                .map(FormComponent::label).orElse(question.key());
    }

    private static Object answer(List<SubmittedAnswers> answers, Question question) {
        return answers.stream().filter(step -> question.formId().equals(step.getFormId())).reduce((first, last) -> last)
                .map(SubmittedAnswers::getAnswers).map(values -> ((Map<String, Object>) values).get(question.key()))
                .orElse(null);
    }

    /** A step as published: its name and its answers as an NHS summary list. */
    record Section(String step, String answers) {
    }
}
