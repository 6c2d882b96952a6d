package uk.nhs.eia.library;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.net.URI;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.evidence.KeptDocument;
import uk.nhs.eia.evidence.KeptDocuments;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Forbidden;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.roles.Groups;

/**
 * The trust's evidence library. Equality leads add and change sources; everyone signed in searches them. A source is
 * stale once its review-by date has passed: it stays in the library, flagged, until a lead looks at it again.
 */
@Service
@Transactional
public class EvidenceLibrary {

    private static final String AUDIT_TYPE = "evidence-source";
    /** A source's columns, with the name of the document kept for it. */
    private static final String SOURCES = "select s.id, s.title, s.publisher, s.published_on, s.link, s.document_id, "
            + "d.file_name document_name, s.area, s.review_by, s.added_by, s.added_at, s.changed_by, s.changed_at, "
            + "s.row_version from eia_evidence_source s left join eia_document d on d.id = s.document_id";

    private final JdbcClient jdbc;
    private final KeptDocuments documents;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceLibrary(JdbcClient jdbc, KeptDocuments documents, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws Forbidden unless the person is an equality lead
     * @throws Invalid   naming each field to fix; nothing is kept
     */
    public EvidenceSource add(SourceDetails details, String username) {
        requireCurator(username);
        Checked source = checked(details, false);
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into eia_evidence_source (title, publisher, published_on, link, document_id, area, review_by, added_by,
                    added_at, changed_by, changed_at, row_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(source.title(), source.publisher(), Date.valueOf(source.publishedOn()), source.link(),
                        source.documentId(), source.area(), Date.valueOf(source.reviewBy()), username, now, username, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        keepGroups(id, source.groups());
        EvidenceSource added = find(id);
        audit.record(subject(added), "SOURCE_ADDED", "%s added \"%s\" (%s) to the evidence library"
                .formatted(username, added.title(), added.publisher()));
        return added;
    }

    /**
     * @throws SourceChangedMeanwhile when {@code details.version()} is not the version stored now; nothing is saved
     */
    public EvidenceSource change(Long id, SourceDetails details, String username) {
        requireCurator(username);
        EvidenceSource before = find(id);
        Checked source = checked(details, false);
        if (details.version() == null) {
            throw new Invalid(List.of(new FieldError("version", "Send the version of the source you changed")));
        }
        int changed = jdbc.sql("""
                update eia_evidence_source set title = ?, publisher = ?, published_on = ?, link = ?, document_id = ?, area = ?,
                    review_by = ?, changed_by = ?, changed_at = ?, row_version = row_version + 1
                where id = ? and row_version = ?""")
                .params(source.title(), source.publisher(), Date.valueOf(source.publishedOn()), source.link(),
                        source.documentId(), source.area(), Date.valueOf(source.reviewBy()), username,
                        Timestamp.from(clock.instant()), id, details.version())
                .update();
        if (changed == 0) {
            throw new SourceChangedMeanwhile(before);
        }
        jdbc.sql("delete from eia_evidence_source_group where source_id = ?").param(id).update();
        keepGroups(id, source.groups());
        EvidenceSource after = find(id);
        audit.record(subject(after), "SOURCE_CHANGED", "%s changed \"%s\" in the evidence library; review by %s"
                .formatted(username, after.title(), after.reviewBy()));
        return after;
    }

    /**
     * Checks the details before a document sent with them is kept, so that details refused keep no document.
     *
     * @throws Invalid naming each field to fix
     */
    @Transactional(readOnly = true)
    public void check(SourceDetails details, boolean documentComing) {
        checked(details, documentComing);
    }

    /** The document kept for a source, for anyone signed in to read. */
    @Transactional(readOnly = true)
    public KeptDocument documentOf(Long id) {
        EvidenceSource source = find(id);
        return Optional.ofNullable(source.documentId()).flatMap(documents::find)
                .orElseThrow(() -> new NotFound("No document", "\"%s\" is read at its link; no document is kept for it"
                        .formatted(source.title())));
    }

    /** @throws SourceNotFound when there is no such source */
    @Transactional(readOnly = true)
    public EvidenceSource find(Long id) {
        return withGroups(jdbc.sql(SOURCES + " where s.id = ?").param(id).query(this::source).list()).stream().findFirst()
                .orElseThrow(() -> new SourceNotFound(id));
    }

    /** Sources whose title, publisher or area contains {@code text}, speaking to {@code group} when one is given. */
    @Transactional(readOnly = true)
    public List<EvidenceSource> search(String text, String group) {
        // A person's % and _ are what they typed, not wildcards.
        String typed = (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        String like = "%" + typed + "%";
        String byGroup = group == null || group.isBlank() ? ""
                : " and s.id in (select source_id from eia_evidence_source_group where group_key = :group)";
        return withGroups(jdbc.sql(SOURCES + " where (lower(s.title) like :text escape '\\' or lower(s.publisher) like :text"
                        + " escape '\\' or lower(s.area) like :text escape '\\')" + byGroup + " order by lower(s.title), s.id")
                .param("text", like).param("group", group == null ? "" : group.strip())
                .query(this::source).list());
    }

    /**
     * Every characteristic and health-inequality group with the number of current and stale sources that speak to it,
     * so a lead sees at once the groups for which the trust holds no current evidence.
     */
    @Transactional(readOnly = true)
    public List<GroupCoverage> coverage() {
        LocalDate today = today();
        Map<String, List<LocalDate>> reviewDates = jdbc.sql("""
                select g.group_key, s.review_by from eia_evidence_source_group g
                join eia_evidence_source s on s.id = g.source_id""")
                .query((row, n) -> Map.entry(row.getString(1), row.getDate(2).toLocalDate())).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return Arrays.stream(ImpactGroup.values()).map(group -> {
            List<LocalDate> dates = reviewDates.getOrDefault(group.key(), List.of());
            long current = dates.stream().filter(date -> !date.isBefore(today)).count();
            return GroupCoverage.of(group.key(), group.label(), group.kind() == ImpactGroup.Kind.PROTECTED_CHARACTERISTIC,
                    current, dates.size() - current);
        }).toList();
    }

    /** Whether the person may add and change sources. */
    public boolean curates(String username) {
        return people.groupsOf(username).contains(Groups.EQUALITY_LEADS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ENGLAND);
    }

    /** @throws Forbidden unless the person is an equality lead, who alone add and change sources */
    public void requireCurator(String username) {
        if (!curates(username)) {
            throw new Forbidden("You cannot change the evidence library", "Only equality leads add and change sources");
        }
    }

    private void keepGroups(long id, List<String> groups) {
        groups.forEach(group -> jdbc.sql("insert into eia_evidence_source_group (source_id, group_key) values (?, ?)")
                .params(id, group).update());
    }

    private EvidenceSource source(ResultSet row, int n) throws SQLException {
        LocalDate reviewBy = row.getDate("review_by").toLocalDate();
        Long documentId = row.getObject("document_id") == null ? null : row.getLong("document_id");
        return new EvidenceSource(row.getLong("id"), row.getString("title"), row.getString("publisher"),
                row.getDate("published_on").toLocalDate(), row.getString("link"), row.getString("area"), reviewBy, List.of(),
                row.getString("added_by"), row.getTimestamp("added_at").toInstant(), row.getString("changed_by"),
                row.getTimestamp("changed_at").toInstant(), row.getInt("row_version"), reviewBy.isBefore(today()),
                documentId, row.getString("document_name"));
    }

    /** The sources with the groups each speaks to, in the contract's order, read in one query for them all. */
    private List<EvidenceSource> withGroups(List<EvidenceSource> sources) {
        if (sources.isEmpty()) {
            return sources;
        }
        Map<Long, Set<String>> keys = jdbc.sql("select source_id, group_key from eia_evidence_source_group where source_id in (:ids)")
                .param("ids", sources.stream().map(EvidenceSource::id).toList())
                .query((row, n) -> Map.entry(row.getLong(1), row.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return sources.stream().map(s -> {
            Set<String> its = keys.getOrDefault(s.id(), Set.of());
            List<String> ordered = Arrays.stream(ImpactGroup.values()).map(ImpactGroup::key).filter(its::contains).toList();
            return new EvidenceSource(s.id(), s.title(), s.publisher(), s.publishedOn(), s.link(), s.area(), s.reviewBy(),
                    ordered, s.addedBy(), s.addedAt(), s.changedBy(), s.changedAt(), s.version(), s.stale(), s.documentId(),
                    s.documentName());
        }).toList();
    }

    private static AuditSubject subject(EvidenceSource source) {
        return new AuditSubject(AUDIT_TYPE, String.valueOf(source.id()), null, String.join("\n", "title=" + source.title(),
                "publisher=" + source.publisher(), "publishedOn=" + source.publishedOn(), "link=" + source.link(),
                "document=" + source.documentId(), "area=" + source.area(), "reviewBy=" + source.reviewBy(),
                "groups=" + String.join(",", source.groups())));
    }

    /** The details as the library keeps them, or every problem with them at once. */
    private Checked checked(SourceDetails details, boolean documentComing) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(details.title(), "title", "the title of the source", 300, errors);
        String publisher = text(details.publisher(), "publisher", "who published it", 200, errors);
        LocalDate publishedOn = date(details.publishedOn(), "publishedOn", "the date it was published", errors);
        if (publishedOn != null && publishedOn.isAfter(today())) {
            errors.add(new FieldError("publishedOn", "The date it was published must be today or in the past"));
        }
        String link = details.link() == null || details.link().isBlank() ? null : link(details.link(), errors);
        if (details.documentId() != null && documents.find(details.documentId()).isEmpty()) {
            errors.add(new FieldError("documentId", "There is no document " + details.documentId() + ": send the document first"));
        } else if (link == null && details.documentId() == null && !documentComing) {
            errors.add(new FieldError("link", "Enter the web address where the source can be read, or attach the document"));
        }
        String area = text(details.area(), "area", "the area it covers, for example the trust's catchment or England", 200, errors);
        LocalDate reviewBy = date(details.reviewBy(), "reviewBy", "the date by which it must be looked at again", errors);
        if (reviewBy != null && publishedOn != null && !reviewBy.isAfter(publishedOn)) {
            errors.add(new FieldError("reviewBy", "The review-by date must be after the date it was published"));
        }
        List<String> groups = details.groups() == null ? List.of() : details.groups().stream().distinct().toList();
        if (groups.isEmpty()) {
            errors.add(new FieldError("groups", "Select the characteristics and groups the source speaks to"));
        }
        groups.stream().filter(group -> ImpactGroup.byKey(group).isEmpty()).findFirst().ifPresent(unknown -> errors.add(
                new FieldError("groups", "\"" + unknown + "\" is not a characteristic or health-inequality group")));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Checked(title, publisher, publishedOn, link, details.documentId(), area, reviewBy, groups);
    }

    private static String text(String value, String field, String what, int max, List<FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, "Enter " + what));
        } else if (text.length() > max) {
            errors.add(new FieldError(field, "%s must be %d characters or fewer".formatted(capitalised(what), max)));
        }
        return text;
    }

    private static LocalDate date(String value, String field, String what, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "Enter " + what));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError(field, capitalised(what) + " must be a real date written as year-month-day, "
                    + "for example 2026-03-31"));
            return null;
        }
    }

    private static String link(String value, List<FieldError> errors) {
        String link = value == null ? "" : value.strip();
        try {
            URI uri = new URI(link);
            boolean web = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
            if (web && link.length() <= 2000) {
                return link;
            }
        } catch (java.net.URISyntaxException notALink) {
            // answered below with the same message as any other link that is not a web address
        }
        errors.add(new FieldError("link", "Enter the web address where the source can be read, starting https://"));
        return link;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Checked(String title, String publisher, LocalDate publishedOn, String link, Long documentId,
            String area, LocalDate reviewBy, List<String> groups) {
    }
}
