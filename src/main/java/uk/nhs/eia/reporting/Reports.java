package uk.nhs.eia.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.forms.Labels;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.roles.Groups;

/** Reports as a person may see them: the filter read from their request, the figures for their part of the register. */
@Service
public class Reports {

    private final CompletionReports completion;
    private final OrganisationIndicators indicators;
    private final OverdueActions overdueActions;
    private final TrainingReports training;
    private final CumulativeImpacts cumulative;
    private final People people;
    private final AssessmentAccess access;
    private final Directorates directorates;
    private final Labels labels;

    Reports(CompletionReports completion, OrganisationIndicators indicators, OverdueActions overdueActions,
            TrainingReports training, CumulativeImpacts cumulative, AssessmentAccess access, Directorates directorates,
            People people, Labels labels) {
        this.cumulative = cumulative;
        this.people = people;
        this.completion = completion;
        this.indicators = indicators;
        this.overdueActions = overdueActions;
        this.training = training;
        this.access = access;
        this.directorates = directorates;
        this.labels = labels;
    }

    /**
     * The filter a request asks for.
     *
     * @throws uk.nhs.eia.assessment.AssessmentRefused naming each parameter that cannot match anything
     */
    public ReportFilter filter(ReportRequest asked) {
        Set<String> codes = directorates.all().stream().map(Directorates.Directorate::code).collect(Collectors.toSet());
        return ReportFilter.of(asked.directorate(), asked.type(), asked.from(), asked.to(), codes,
                labels.options(Question.PROPOSAL_TYPE.key()).keySet());
    }

    /**
     * The dashboard's figures for the person's part of the register.
     *
     * @throws AssessmentForbidden for people who only see their own assessments
     */
    public Summary summary(String username, ReportFilter filter) {
        return completion.summary(ReportScope.of(access.readerFor(username)), filter);
    }

    /**
     * The overdue actions in the person's part of the register, longest overdue first.
     *
     * @throws AssessmentForbidden for people who only see their own assessments
     */
    public List<OverdueActions.OverdueAction> overdueActions(String username, ReportFilter filter) {
        return overdueActions.of(ReportScope.of(access.readerFor(username)), filter);
    }

    /**
     * Who is trained, quality by the author's training and training running out, in the person's part of the register.
     *
     * @throws AssessmentForbidden for people who only see their own assessments
     */
    public TrainingReport training(String username, ReportFilter filter) {
        return training.report(ReportScope.of(access.readerFor(username)), filter);
    }

    /**
     * The organisation's indicators, for compliance leads, who see the whole register.
     *
     * @throws AssessmentForbidden for everyone else
     */
    public Indicators indicators(String username, ReportFilter filter) {
        ReportScope scope = ReportScope.of(access.readerFor(username));
        if (!scope.everything()) {
            throw new AssessmentForbidden("The organisation's indicators are for compliance leads");
        }
        return indicators.of(scope, filter);
    }

    /**
     * The cumulative impact of proposals on each group, for compliance leads (the whole register) and equality leads
     * (their directorates), who are the ones to look at several proposals together.
     *
     * @throws AssessmentForbidden for everyone else
     */
    public CumulativeImpacts.CumulativeImpact cumulative(String username, ReportFilter filter) {
        return cumulative.of(cumulativeScope(username), filter);
    }

    /**
     * The proposals of one cell of the cumulative impact: those that hit {@code group} in {@code quarter} (or in the
     * whole period when no quarter is given), at most {@link CumulativeImpacts#MAX_LISTED}.
     *
     * @throws AssessmentRefused naming {@code group} or {@code quarter} when either cannot be a cell of the report
     */
    public List<CumulativeImpacts.Proposal> cumulativeProposals(String username, ReportFilter filter, String group,
            String quarter) {
        List<FieldError> errors = new ArrayList<>();
        if (ImpactGroup.byKey(group).isEmpty()) {
            errors.add(new FieldError("group", "Group must be a protected characteristic or health-inequality group, as "
                    + "the report's rows name them"));
        }
        if (quarter != null && !quarter.isBlank() && !quarter.matches("\\d{4} Q[1-4]")) {
            errors.add(new FieldError("quarter", "Quarter must be a year and a quarter, as 2026 Q3"));
        }
        if (!errors.isEmpty()) {
            throw new AssessmentRefused(errors);
        }
        return cumulative.proposals(cumulativeScope(username), filter, group, quarter);
    }

    /** Whether the person may see the cumulative impact, to offer them the link. */
    public boolean cumulativeOfferedTo(String username) {
        return access.readerFor(username).everything() || people.groupsOf(username).contains(Groups.EQUALITY_LEADS);
    }

    private ReportScope cumulativeScope(String username) {
        if (!cumulativeOfferedTo(username)) {
            throw new AssessmentForbidden("The cumulative impact is for compliance leads and equality leads");
        }
        return ReportScope.of(access.readerFor(username));
    }

    /** Whether the person may see reports at all, to offer them the link. */
    public boolean offeredTo(String username) {
        return access.seesRegister(username);
    }
}
