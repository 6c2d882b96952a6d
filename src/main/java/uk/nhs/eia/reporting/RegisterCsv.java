package uk.nhs.eia.reporting;

import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import uk.nhs.eia.CsvCells;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentRegister;
import uk.nhs.eia.assessment.RegisterQuery;

/** The register as CSV: every assessment a search finds that the person may read, with the register's filters. */
@Service
public class RegisterCsv {

    static final List<String> HEADERS = List.of("Reference", "Version", "Title", "Status", "Directorate", "Proposal type",
            "Author", "Decision-maker", "Current step", "Outcome", "Planned decision date", "Review date", "Started",
            "Completed", "Last updated");

    private final AssessmentRegister register;
    private final AssessmentAccess access;

    RegisterCsv(AssessmentRegister register, AssessmentAccess access) {
        this.register = register;
        this.access = access;
    }

    /**
     * The export of a search, once the person is known to be allowed it, so a refusal comes before any CSV is sent.
     *
     * @throws AssessmentForbidden for people who only see their own assessments
     */
    public Export export(String username, RegisterQuery query) {
        AssessmentAccess.Reader reader = access.readerFor(username);
        if (!reader.seesRegister()) {
            throw new AssessmentForbidden("The register is for equality leads, approvers and compliance leads");
        }
        return out -> {
            CSVPrinter printer = CsvCells.printer(out);
            CsvCells.line(printer, HEADERS);
            register.forEach(reader, query, assessment -> CsvCells.line(printer, row(assessment)));
        };
    }

    /** Writes the rows as it reads them, so a large register is never held in memory. */
    public interface Export {
        void writeTo(Writer out);
    }

    private static List<String> row(AssessmentView a) {
        return java.util.Arrays.asList(a.getReference(), Integer.toString(a.getVersion()), a.getTitle(),
                a.getStatus().label(), a.getDirectorate(), a.getProposalType(), a.getAuthor(), a.getDecisionMaker(),
                a.getCurrentStep(), a.getOutcome(), text(a.getPlannedDecisionDate()), text(a.getReviewDate()),
                text(a.getCreatedAt()), text(a.getCompletedAt()), text(a.getUpdatedAt()));
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
