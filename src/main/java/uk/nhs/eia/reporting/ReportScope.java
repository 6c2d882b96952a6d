package uk.nhs.eia.reporting;

import java.util.List;
import uk.nhs.eia.assessment.AssessmentAccess.Reader;
import uk.nhs.eia.assessment.AssessmentForbidden;

/** The part of the register a person's reports cover: all of it, or the assessments of their directorates. */
public record ReportScope(boolean everything, List<String> directorates) {

    /**
     * The scope of a reader who may search the register.
     *
     * @throws AssessmentForbidden for people who only see their own assessments
     */
    public static ReportScope of(Reader reader) {
        if (!reader.seesRegister()) {
            throw new AssessmentForbidden("Reports are for equality leads, approvers and compliance leads");
        }
        return new ReportScope(reader.everything(), reader.directorates());
    }

    public static ReportScope directorates(String... codes) {
        return new ReportScope(false, List.of(codes));
    }
}
