package uk.nhs.eia.reporting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.reporting.CumulativeImpacts;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskPageSection;

/**
 * Beside the impact assessment and the quality review: the other proposals of the last twelve months that found a
 * negative or unknown impact on the same groups, so the author and the lead can weigh the effect of them all together.
 * The groups are this assessment's adverse ones once it has rated them, and every group others hit before that; the
 * proposals listed are the latest few the reader may see, the rest counted, so that a group many proposals hit across a
 * large trust reads as a number rather than a page of links, and only the latest few are read to find those.
 */
@Component
class OtherProposalsSection implements TaskPageSection {

    /** The most proposals listed for one group. */
    private static final int LISTED = 5;
    /** The latest proposals of each group looked at for those the reader may see. */
    private static final int LOOKED_AT = 50;

    private final CumulativeImpacts cumulative;
    private final AssessmentService assessments;
    private final AssessmentAccess access;

    OtherProposalsSection(CumulativeImpacts cumulative, AssessmentService assessments, AssessmentAccess access) {
        this.cumulative = cumulative;
        this.assessments = assessments;
        this.access = access;
    }

    @Override
    public Optional<Shown> forTask(OpenTask task, String username) {
        if (task.assessmentId() == null || !(Step.IMPACT_ASSESSMENT.key().equals(task.stepKey())
                || Step.QUALITY_REVIEW.key().equals(task.stepKey()))) {
            return Optional.empty();
        }
        List<String> own = cumulative.adverseGroupsOf(task.assessmentId());
        Map<String, List<Long>> others = new LinkedHashMap<>(cumulative.othersAffecting(task.assessmentId(), null));
        others.keySet().removeIf(group -> !own.isEmpty() && !own.contains(group));
        AssessmentAccess.Reader reader = access.readerFor(username);
        Map<Long, AssessmentView> readable = assessments.byIds(others.values().stream().flatMap(OtherProposalsSection::latest)
                        .collect(Collectors.toSet())).stream().filter(reader::canRead)
                .collect(Collectors.toMap(AssessmentView::getId, Function.identity()));
        List<AffectedGroup> groups = new ArrayList<>();
        others.forEach((group, ids) -> {
            List<AssessmentView> seen = latest(ids).map(readable::get).filter(Objects::nonNull)
                    .limit(LISTED).toList();
            groups.add(new AffectedGroup(group, ImpactGroup.byKey(group).map(ImpactGroup::label).orElse(group), seen,
                    ids.size() - seen.size()));
        });
        return Optional.of(new Shown("reports/other-proposals", Map.of("groups", groups, "rated", !own.isEmpty())));
    }

    /** The latest of a group's proposals, newest first (ids are issued in order), looked at for readable ones. */
    private static Stream<Long> latest(List<Long> ids) {
        return ids.stream().sorted(Comparator.reverseOrder()).limit(LOOKED_AT);
    }

    /** A group, the latest other proposals hitting it that the reader may see, and how many others hit it. */
    record AffectedGroup(String key, String label, List<AssessmentView> seen, int more) {
    }
}
