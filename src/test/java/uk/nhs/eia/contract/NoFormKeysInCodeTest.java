package uk.nhs.eia.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;

/**
 * Main code names the forms' questions, forms and steps through the contract ({@link Question}, {@link Choice},
 * {@link ImpactGroup}, {@link Step}), never by a string literal that a renamed question would silently stop
 * matching. A literal that only happens to spell a key, such as a page's model attribute, is allowed here by file,
 * with the reason.
 */
class NoFormKeysInCodeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path CONTRACT = Path.of("uk/nhs/eia/contract");
    /** The mentoring process's own contract: its forms and questions, named once. */
    private static final Path MENTORING_CONTRACT = Path.of("uk/nhs/eia/mentoring/MentoringForms.java");

    private static final String MODEL = "the name a page template reads, not an answer";
    private static final String PARAMETER = "a parameter of the register's or reports' URLs, and the field its errors name";
    private static final String HANDOVER_COLUMN = "a column of a mentoring cohort's handover files, kept whatever the forms call it";
    private static final String RECORD = "a property of the assessment record or audit event, not of the author's answers";

    /** Literals that spell a key but are not one, by file (under src/main/java), literal and reason. */
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed("uk/nhs/eia/assessment/RegisterQuery.java", "status", PARAMETER),
            new Allowed("uk/nhs/eia/assessment/RegisterQuery.java", "outcome", PARAMETER),
            new Allowed("uk/nhs/eia/assessment/RegisterQuery.java", "review", PARAMETER),
            new Allowed("uk/nhs/eia/records/web/RegisterLinks.java", "status", PARAMETER),
            new Allowed("uk/nhs/eia/records/web/RegisterLinks.java", "directorate", PARAMETER),
            new Allowed("uk/nhs/eia/records/web/RegisterLinks.java", "outcome", PARAMETER),
            new Allowed("uk/nhs/eia/records/web/RegisterLinks.java", "review", PARAMETER),
            new Allowed("uk/nhs/eia/reporting/ReportFilter.java", "directorate", PARAMETER),
            new Allowed("uk/nhs/eia/reporting/web/ReportsController.java", "directorate", PARAMETER),
            new Allowed("uk/nhs/eia/reporting/Selection.java", "directorate", "the name of an SQL parameter"),
            new Allowed("uk/nhs/eia/reporting/CumulativeImpacts.java", "directorate", "the name of an SQL parameter"),
            new Allowed("uk/nhs/eia/reporting/RollupWriter.java", "directorate", "a column of the dashboard's roll-up"),
            new Allowed("uk/nhs/eia/tasks/api/TasksApi.java", "team", "a value of the task list's 'which' parameter"),
            new Allowed("uk/nhs/eia/reporting/SummaryTables.java", "status", "the id of a report table, in its URL and CSV"),
            new Allowed("uk/nhs/eia/reporting/SummaryTables.java", "actions", "the id of a report table, in its URL and CSV"),
            new Allowed("uk/nhs/eia/training/TrainingRecords.java", "title", "a column of a training session's CSV"),
            new Allowed("uk/nhs/eia/training/TrainingFeedback.java", "training-feedback",
                    "the kind of audit subject, which the audit trail keeps whatever the form is called"),
            new Allowed("uk/nhs/eia/records/ComplianceExports.java", "status", RECORD),
            new Allowed("uk/nhs/eia/records/ComplianceExports.java", "summary", RECORD),
            new Allowed("uk/nhs/eia/publication/PublishedContent.java", "plannedDecisionDate", MODEL),
            new Allowed("uk/nhs/eia/publication/PublishedContent.java", "reviewDate", MODEL),
            new Allowed("uk/nhs/eia/publication/PublishedContent.java", "outcome", MODEL),
            new Allowed("uk/nhs/eia/publication/PublishedContent.java", "directorate", MODEL),
            new Allowed("uk/nhs/eia/publication/PublishedContent.java", "decisionMaker", MODEL),
            new Allowed("uk/nhs/eia/publication/PublishedContent.java", "summary", MODEL),
            new Allowed("uk/nhs/eia/reporting/web/ReportsController.java", "summary", MODEL),
            new Allowed("uk/nhs/eia/reporting/web/ReportsController.java", "actions", MODEL),
            new Allowed("uk/nhs/eia/tasks/web/TaskPage.java", "summary", MODEL),
            new Allowed("uk/nhs/eia/forms/web/FormPreviewController.java", "summary", MODEL),
            new Allowed("uk/nhs/eia/training/web/TrainingFeedbackController.java", "summary", MODEL),
            new Allowed("uk/nhs/eia/training/web/TrainingFeedbackController.java", "status", MODEL),
            new Allowed("uk/nhs/eia/refusal/web/RefusalPages.java", "status", MODEL),
            new Allowed("uk/nhs/eia/refusal/web/DatabaseUnavailableAnswers.java", "status", MODEL),
            new Allowed("uk/nhs/eia/refusal/BrokenUploads.java", "status", MODEL),
            new Allowed("uk/nhs/eia/library/EvidenceLibrary.java", "title", "a column and field of a library source"),
            new Allowed("uk/nhs/eia/library/Citations.java", "title", "a column of a library source"),
            new Allowed("uk/nhs/eia/tasks/BankHolidays.java", "title", "a field of GOV.UK's bank-holidays.json"),
            new Allowed("uk/nhs/eia/mentoring/HandoverArchive.java", "directorate", HANDOVER_COLUMN),
            new Allowed("uk/nhs/eia/mentoring/HandoverArchive.java", "status", HANDOVER_COLUMN),
            new Allowed("uk/nhs/eia/mentoring/HandoverArchive.java", "callDate", HANDOVER_COLUMN),
            new Allowed("uk/nhs/eia/mentoring/HandoverArchive.java", "satisfaction", HANDOVER_COLUMN));

    @Test
    void mainCodeNamesNoQuestionFormOrStepByALiteral() throws IOException {
        Set<String> names = namesInTheContract();
        List<String> found = new ArrayList<>();
        Set<Allowed> used = new HashSet<>();
        for (Path file : javaFilesOutsideTheContract()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            for (Literal literal : JavaLiterals.in(Files.readString(file))) {
                if (!names.contains(literal.text())) {
                    continue;
                }
                ALLOWED.stream().filter(allowed -> allowed.file().equals(relative) && allowed.literal().equals(literal.text()))
                        .findFirst().ifPresentOrElse(used::add, () -> found.add("src/main/java/%s:%d: \"%s\""
                                .formatted(relative, literal.line(), literal.text())));
            }
        }

        assertThat(found).as("literals naming a question, form or step; name them through uk.nhs.eia.contract "
                + "(Question, Choice, ImpactGroup, Step) or, for mentoring, MentoringForms instead").isEmpty();
        assertThat(ALLOWED).as("allowed literals no longer in their file; take them off the list")
                .allMatch(used::contains);
    }

    @Test
    void theScanFindsALiteralKeyAndIgnoresCommentsAndLongerStrings() {
        String code = """
                class Example {
                    // answers.get("outcome") in a comment is not code
                    Object outcome = answers.get("outcome");
                    String sentence = "The outcome is not known";
                    char quote = '"';
                    String escaped = "\\"reviewDate\\"";
                    String block = \"""
                            reviewDate\""";
                }
                """;

        assertThat(JavaLiterals.in(code)).contains(new Literal(3, "outcome"))
                .extracting(Literal::text).doesNotContain("reviewDate")
                .filteredOn("outcome"::equals).hasSize(1);
    }

    /** Every key of the shipped forms (questions, dynamic lists and their columns), every form id and step key. */
    private static Set<String> namesInTheContract() {
        Set<String> names = new TreeSet<>();
        for (FormDefinition form : new FormCatalogue().all()) {
            names.add(form.id());
            for (FormComponent component : form.allComponents()) {
                Stream.of(component.key(), component.path()).filter(name -> name != null).forEach(names::add);
            }
        }
        Arrays.stream(Step.values()).forEach(step -> names.addAll(List.of(step.key(), step.formId())));
        return names;
    }

    private static List<Path> javaFilesOutsideTheContract() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !MAIN.relativize(file).startsWith(CONTRACT))
                    .filter(file -> !MAIN.relativize(file).equals(MENTORING_CONTRACT)).sorted().toList();
        }
    }

    private record Allowed(String file, String literal, String reason) {
    }

    record Literal(int line, String text) {
    }

    /** The string literals of Java source, by line: comments, characters and text blocks left out. */
    static final class JavaLiterals {

        private JavaLiterals() {
        }

        static List<Literal> in(String source) {
            List<Literal> literals = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (source.startsWith("//", i)) {
                    i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
                } else if (source.startsWith("/*", i) || source.startsWith("\"\"\"", i)) {
                    boolean comment = c == '/';
                    int close = comment ? closing(source, i + 2, "*/", false) : closing(source, i + 3, "\"\"\"", true);
                    line += (int) source.substring(i, close).chars().filter(ch -> ch == '\n').count();
                    i = close;
                } else if (c == '\'' || c == '"') {
                    int close = closing(source, i + 1, String.valueOf(c), true);
                    if (c == '"') {
                        literals.add(new Literal(line, source.substring(i + 1, close - 1)));
                    }
                    i = close;
                } else {
                    i++;
                }
            }
            return literals;
        }

        /** Just past the first {@code end} from {@code from}, not escaped by a backslash if {@code escapes}. */
        private static int closing(String source, int from, String end, boolean escapes) {
            int i = from;
            while (i < source.length() && !source.startsWith(end, i)) {
                i += escapes && source.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(source.length(), i + end.length());
        }
    }
}
