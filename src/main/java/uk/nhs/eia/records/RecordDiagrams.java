package uk.nhs.eia.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.StepRun;
import uk.nhs.eia.refusal.FieldError;

/** Each version of an assessment drawn on its process model, for those who may read its record. */
@Service
@Transactional(readOnly = true)
public class RecordDiagrams {

    /** The parameter that chooses the version, and the field its error names. */
    private static final String VERSION = "version";

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final ProcessPaths paths;

    RecordDiagrams(AssessmentAccess access, AssessmentService assessments, ProcessPaths paths) {
        this.access = access;
        this.assessments = assessments;
        this.paths = paths;
    }

    /**
     * One version of the assessment, its current one when {@code version} is null. Refused as the record is:
     * {@link AssessmentAccess#readable}.
     *
     * @throws uk.nhs.eia.assessment.AssessmentNotFound  when there is no such assessment
     * @throws uk.nhs.eia.assessment.AssessmentForbidden when the person may not read it
     * @throws AssessmentRefused naming {@code version} when the assessment has no such version
     */
    public RecordDiagram of(Long id, Integer version, String username) {
        AssessmentView assessment = access.readable(id, username);
        int versions = assessment.getVersion();
        int shown = version == null ? versions : version;
        if (shown < 1 || shown > versions) {
            throw new AssessmentRefused(List.of(new FieldError(VERSION, versions == 1
                    ? "This assessment has only version 1" : "Choose a version from 1 to %d".formatted(versions))));
        }
        String caseId = assessment.getProcessInstanceId();
        if (caseId == null) {
            return new RecordDiagram(shown, versions, null, List.of(), List.of(), List.of());
        }
        String model = paths.modelOf(caseId).orElse(null);
        VersionPath path = VersionPath.along(paths.of(caseId).stream().filter(element -> element.version() == shown).toList());
        return new RecordDiagram(shown, versions, model, path.finished(), path.current(),
                returnedTo(assessments.stepRunsOf(id), shown));
    }

    /** The step opened next after each run a reviewer returned, in that version: the step the work went back to. */
    private static List<String> returnedTo(List<StepRun> runs, int version) {
        List<StepRun> ofVersion = runs.stream().filter(run -> run.assessmentVersion() == version).toList();
        Set<String> steps = new LinkedHashSet<>();
        for (int i = 0; i + 1 < ofVersion.size(); i++) {
            if (ofVersion.get(i).wasReturned()) {
                steps.add(ofVersion.get(i + 1).stepKey());
            }
        }
        return List.copyOf(steps);
    }
}
