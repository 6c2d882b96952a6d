package uk.nhs.eia.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StreamUtils;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.HistoricAssessment;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.evidence.EvidenceRefused;
import uk.nhs.eia.evidence.KeptDocument;
import uk.nhs.eia.evidence.KeptDocuments;
import uk.nhs.eia.forms.Labels;
import uk.nhs.eia.legacy.ImportRefused.RowError;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.People;

/**
 * Imports assessments made before this service: a CSV with a row for each (its columns in {@link #COLUMNS}) and a ZIP
 * of their documents, each in a folder named after its assessment's reference or named after it. All or nothing:
 * every row is checked first, every problem reported with its row, and a document refused on the way rolls back the
 * whole import. Every import is audited, and each assessment it adds.
 */
@Service
public class LegacyImport {

    // The columns that hold what the proposal details and action plan forms ask are named as those forms name them.
    private static final String REFERENCE = "reference";
    private static final String TITLE = Question.TITLE.key();
    private static final String DIRECTORATE = Question.DIRECTORATE.key();
    private static final String PROPOSAL_TYPE = Question.PROPOSAL_TYPE.key();
    private static final String AUTHOR = "author";
    private static final String DECISION_MAKER = Question.DECISION_MAKER.key();
    private static final String DECISION_DATE = "decisionDate";
    private static final String OUTCOME = Question.OUTCOME.key();
    private static final String REVIEW_DATE = Question.REVIEW_DATE.key();
    private static final String GROUPS = "groupsAffected";

    /** The CSV's columns, in the order its header names them. */
    public static final List<String> COLUMNS = List.of(REFERENCE, TITLE, DIRECTORATE, PROPOSAL_TYPE, AUTHOR,
            DECISION_MAKER, DECISION_DATE, OUTCOME, REVIEW_DATE, GROUPS);

    /** The service's own references for new assessments, which an imported one may not take. */
    private static final Pattern OUR_REFERENCES = Pattern.compile("EIA-\\d{4}-\\d+");
    private static final int MAX_REFERENCE = 20;
    private static final int MAX_TITLE = 200;

    private final AssessmentService assessments;
    private final AssessmentCommands commands;
    private final KeptDocuments documents;
    private final Directorates directorates;
    private final People people;
    private final Labels labels;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    LegacyImport(AssessmentService assessments, AssessmentCommands commands, KeptDocuments documents, Directorates directorates, People people,
            Labels labels, AuditTrail audit, JdbcClient jdbc) {
        this.assessments = assessments;
        this.commands = commands;
        this.documents = documents;
        this.directorates = directorates;
        this.people = people;
        this.labels = labels;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * @param records   the CSV, read once
     * @param documents the ZIP, opened afresh for each pass over it
     * @throws ImportRefused naming every problem; nothing is imported
     */
    @Transactional
    public ImportedAssessments importAll(InputStream records, ZipOfDocuments zip, String username) {
        List<Row> rows = checked(read(records), zip);
        Map<String, AssessmentView> byReference = new LinkedHashMap<>();
        for (Row row : rows) {
            AssessmentView added = imported(row, username);
            row.groups().forEach(group -> jdbc.sql(
                            "insert into eia_imported_group (assessment_id, group_key, assessed_at) values (?, ?, ?)")
                    .params(added.getId(), group, Timestamp.from(added.getCreatedAt())).update());
            byReference.put(row.historic().reference(), added);
        }
        int kept = keepDocuments(zip, rows, byReference, username);
        audit.record(new AuditSubject("legacy-import", UUID.randomUUID().toString(), null, "assessments=" + rows.size()
                + "\ndocuments=" + kept + "\nreferences=" + String.join(",", byReference.keySet())), "LEGACY_IMPORTED",
                "%s imported %d earlier assessments with %d documents".formatted(username, rows.size(), kept));
        return new ImportedAssessments(rows.size(), kept, List.copyOf(byReference.keySet()));
    }

    /** Adds the row's assessment; another import taking its reference meanwhile refuses this one, naming the row. */
    private AssessmentView imported(Row row, String username) {
        try {
            return commands.importHistoric(row.historic(), username);
        } catch (DataIntegrityViolationException raced) {
            throw new ImportRefused(List.of(new RowError(row.number(), REFERENCE, "Reference " + row.historic().reference()
                    + " was put in the register while this import ran; nothing was imported")));
        }
    }

    /** Whether any assessment has been imported. */
    @Transactional(readOnly = true)
    public boolean anyImported() {
        return jdbc.sql("select count(*) from eia_assessment where imported").query(Long.class).single() > 0;
    }

    /** The documents an imported assessment came with. */
    @Transactional(readOnly = true)
    public List<KeptDocument> documentsOf(Long assessmentId) {
        return jdbc.sql("select document_id from eia_imported_document where assessment_id = ? order by document_id")
                .param(assessmentId).query(Long.class).list().stream().map(documents::find).flatMap(Optional::stream)
                .toList();
    }

    /** The document, when it is one an imported assessment came with. */
    @Transactional(readOnly = true)
    public Optional<KeptDocument> documentOf(Long assessmentId, Long documentId) {
        boolean listed = jdbc.sql("select count(*) from eia_imported_document where assessment_id = ? and document_id = ?")
                .params(assessmentId, documentId).query(Long.class).single() > 0;
        return listed ? documents.find(documentId) : Optional.empty();
    }

    private int keepDocuments(ZipOfDocuments zip, List<Row> rows, Map<String, AssessmentView> byReference,
            String username) {
        Set<String> references = byReference.keySet();
        int kept = 0;
        List<RowError> refused = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip.open(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Optional<String> reference = referenceOf(entry, references);
                if (reference.isEmpty()) {
                    continue;
                }
                try {
                    KeptDocument document = documents.keep(fileName(entry), StreamUtils.nonClosing(in), username);
                    jdbc.sql("insert into eia_imported_document (assessment_id, document_id) values (?, ?)")
                            .params(byReference.get(reference.get()).getId(), document.id()).update();
                    kept++;
                } catch (EvidenceRefused notAllowed) {
                    // The import is rolled back already; the rest are read to name every document refused at once.
                    int row = rows.stream().filter(r -> r.historic().reference().equals(reference.get())).findFirst()
                            .map(Row::number).orElse(0);
                    refused.add(new RowError(row, "documents", notAllowed.getMessage()));
                }
            }
        } catch (IOException broken) {
            throw new ImportRefused(List.of(new RowError(0, "documents", "The ZIP of documents cannot be read: " + broken.getMessage())));
        }
        if (!refused.isEmpty()) {
            refused.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new ImportRefused(refused);
        }
        return kept;
    }

    private List<CSVRecord> read(InputStream records) {
        try (Reader reader = new InputStreamReader(records, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
            if (!header.equals(COLUMNS)) {
                throw new ImportRefused(List.of(new RowError(0, "records", "The CSV's header must be "
                        + String.join(",", COLUMNS) + "; it is " + String.join(",", header))));
            }
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException notCsv) {
            throw new ImportRefused(List.of(new RowError(0, "records",
                    "The records are not CSV as a spreadsheet saves it, with a header row: " + notCsv.getMessage())));
        }
    }

    /** Every row checked, or every problem with them; and every row with a document in the ZIP. */
    private List<Row> checked(List<CSVRecord> records, ZipOfDocuments zip) {
        List<RowError> errors = new ArrayList<>();
        if (records.isEmpty()) {
            errors.add(new RowError(0, "records", "The CSV has no rows after its header"));
        }
        Set<String> codes = directorates.all().stream().map(Directorates.Directorate::code).collect(Collectors.toSet());
        Set<String> types = labels.options(Question.PROPOSAL_TYPE.key()).keySet();
        Set<String> outcomes = labels.options(Question.OUTCOME.key()).keySet();
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            int number = (int) record.getRecordNumber();
            Cells cells = new Cells(record, number, errors);
            String reference = cells.required(REFERENCE);
            if (!reference.isEmpty()) {
                if (reference.length() > MAX_REFERENCE || OUR_REFERENCES.matcher(reference).matches()) {
                    cells.error(REFERENCE, "Reference " + reference + " must be at most " + MAX_REFERENCE
                            + " characters and not of the form EIA-2026-0001, which this service gives new assessments");
                } else if (!seen.add(reference)) {
                    cells.error(REFERENCE, "Reference " + reference + " is on an earlier row too");
                } else if (assessments.referenceTaken(reference)) {
                    cells.error(REFERENCE, "Reference " + reference + " is in the register already");
                }
            }
            String title = cells.required(TITLE);
            if (title.length() > MAX_TITLE) {
                cells.error(TITLE, "The title must be " + MAX_TITLE + " characters or fewer");
            }
            String directorate = cells.oneOf(DIRECTORATE, codes);
            String type = cells.oneOf(PROPOSAL_TYPE, types);
            String author = cells.person(AUTHOR, people);
            String decisionMaker = cells.person(DECISION_MAKER, people);
            LocalDate decided = cells.date(DECISION_DATE);
            String outcome = cells.oneOf(OUTCOME, outcomes);
            LocalDate review = cells.date(REVIEW_DATE);
            if (decided != null && review != null && !review.isAfter(decided)) {
                cells.error(REVIEW_DATE, "The review date must be after the decision date");
            }
            List<String> groups = cells.groups(GROUPS);
            rows.add(new Row(number, new HistoricAssessment(reference, title, directorate, type, author, decisionMaker,
                    decided, outcome, review), groups));
        }
        Set<String> withDocuments = referencesWithDocuments(zip, seen, errors);
        rows.stream().filter(row -> !row.historic().reference().isEmpty())
                .filter(row -> !withDocuments.contains(row.historic().reference()))
                .forEach(row -> errors.add(new RowError(row.number(), "documents", "The ZIP has no document for "
                        + row.historic().reference() + ": put it in a folder named " + row.historic().reference()
                        + ", or name it after the reference")));
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw new ImportRefused(errors);
        }
        return rows;
    }

    private static Set<String> referencesWithDocuments(ZipOfDocuments zip, Set<String> references,
            List<RowError> errors) {
        Set<String> found = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(zip.open(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                referenceOf(entry, references).ifPresent(found::add);
            }
        } catch (IOException | IllegalArgumentException broken) {
            errors.add(new RowError(0, "documents", "The documents must be a ZIP file: " + broken.getMessage()));
        }
        return found;
    }

    /** The reference a document belongs to: its folder's name, or the start of its own name. */
    private static Optional<String> referenceOf(ZipEntry entry, Set<String> references) {
        if (entry.isDirectory()) {
            return Optional.empty();
        }
        String path = entry.getName().replace('\\', '/');
        int slash = path.indexOf('/');
        if (slash > 0 && references.contains(path.substring(0, slash))) {
            return Optional.of(path.substring(0, slash));
        }
        String name = fileName(entry);
        return references.stream().filter(reference -> name.startsWith(reference) && name.length() > reference.length()
                && ". _".indexOf(name.charAt(reference.length())) >= 0).findFirst();
    }

    private static String fileName(ZipEntry entry) {
        String path = entry.getName().replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The ZIP of documents, opened afresh for each pass over it. */
    @FunctionalInterface
    public interface ZipOfDocuments {
        InputStream open() throws IOException;
    }

    private record Row(int number, HistoricAssessment historic, List<String> groups) {
    }

    /** One row's cells, read and checked, each problem added to the import's errors with the row and column. */
    private record Cells(CSVRecord record, int row, List<RowError> errors) {

        String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        }

        void error(String column, String message) {
            errors.add(new RowError(row, column, message));
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                error(column, "Enter the " + column);
            }
            return value;
        }

        String oneOf(String column, Set<String> allowed) {
            String value = required(column);
            if (!value.isEmpty() && !allowed.contains(value)) {
                error(column, "%s \"%s\" is not one of %s".formatted(column, value, allowed.stream().sorted().toList()));
            }
            return value;
        }

        String person(String column, People people) {
            String value = required(column);
            if (!value.isEmpty() && !people.exists(value)) {
                error(column, "%s \"%s\" is not someone who can sign in here; add them first".formatted(column, value));
            }
            return value;
        }

        LocalDate date(String column) {
            String value = required(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                error(column, "%s \"%s\" must be a real date written as year-month-day, for example 2024-03-31"
                        .formatted(column, value));
                return null;
            }
        }

        List<String> groups(String column) {
            List<String> keys = new ArrayList<>();
            for (String given : text(column).split(";")) {
                String group = given.strip();
                if (group.isEmpty()) {
                    continue;
                }
                Optional<ImpactGroup> known = ImpactGroup.byKey(group).or(() -> Arrays.stream(ImpactGroup.values())
                        .filter(candidate -> candidate.label().equalsIgnoreCase(group)).findFirst());
                known.ifPresentOrElse(found -> keys.add(found.key()), () -> error(column,
                        "\"%s\" is not a protected characteristic or health-inequality group".formatted(group)));
            }
            return keys.stream().distinct().toList();
        }
    }
}
