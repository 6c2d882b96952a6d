package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;
import static uk.nhs.eia.reporting.CompletionReports.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.Directorates.Directorate;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.People;
import uk.nhs.eia.quality.RubricChecks;
import uk.nhs.eia.reporting.TrainingReport.AuthorsTrained;
import uk.nhs.eia.reporting.TrainingReport.ExpiringTraining;
import uk.nhs.eia.reporting.TrainingReport.QualityByTraining;
import uk.nhs.eia.roles.Groups;
import uk.nhs.eia.training.TrainingRecords;

/**
 * The training report. People are counted by the directorates they belong to (a filter's type and period are about
 * assessments, so they narrow only the quality figures); assessments by the training their author had when they
 * started them, so that training taken later does not rewrite the comparison.
 */
@Service
@Transactional(readOnly = true)
public class TrainingReports {

    static final int EXPIRING_WITHIN_DAYS = 90;

    private final JdbcClient jdbc;
    private final TrainingRecords training;
    private final People people;
    private final Directorates directorates;
    private final Clock clock;

    TrainingReports(JdbcClient jdbc, TrainingRecords training, People people, Directorates directorates, Clock clock) {
        this.jdbc = jdbc;
        this.training = training;
        this.people = people;
        this.directorates = directorates;
        this.clock = clock;
    }

    /**
     * The report, worked out again at most every few minutes for the same scope and filter, as the dashboard is:
     * over 100,000 assessments it takes about half a second (BENCHMARKS.md).
     */
    @Cacheable("report-training")
    public TrainingReport report(ReportScope scope, ReportFilter filter) {
        return report(scope, filter, clock.instant());
    }

    TrainingReport report(ReportScope scope, ReportFilter filter, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Map<Directorate, List<String>> members = membersByDirectorate(scope, filter);
        Set<String> authors = Set.copyOf(people.membersOf(Groups.AUTHORS));
        Set<String> trained = training.trainedOn(today);
        List<AuthorsTrained> byDirectorate = new ArrayList<>();
        Set<String> everyAuthor = new HashSet<>();
        members.forEach((directorate, usernames) -> {
            List<String> inDirectorate = usernames.stream().filter(authors::contains).toList();
            everyAuthor.addAll(inDirectorate);
            byDirectorate.add(authorsTrained(directorate.code(), directorate.name(), inDirectorate, trained));
        });
        return new TrainingReport(filter, today, now, byDirectorate,
                authorsTrained(null, "All directorates", List.copyOf(everyAuthor), trained),
                qualityByTraining(Selection.of(scope, filter)), expiring(members, today));
    }

    /** The share of EIA authors in these directorates with current training, for the organisation's indicators. */
    AuthorsTrained allAuthors(ReportScope scope, ReportFilter filter, LocalDate today) {
        Set<String> authors = Set.copyOf(people.membersOf(Groups.AUTHORS));
        List<String> inScope = membersByDirectorate(scope, filter).values().stream().flatMap(List::stream)
                .filter(authors::contains).distinct().toList();
        return authorsTrained(null, "All directorates", inScope, training.trainedOn(today));
    }

    private static AuthorsTrained authorsTrained(String code, String name, List<String> authors, Set<String> trained) {
        long current = authors.stream().filter(trained::contains).count();
        return new AuthorsTrained(code, name, authors.size(), current,
                authors.isEmpty() ? null : round(100.0 * current / authors.size()));
    }

    /** Everyone in each directorate the scope and filter allow, directorates in name order. */
    private Map<Directorate, List<String>> membersByDirectorate(ReportScope scope, ReportFilter filter) {
        Map<String, List<String>> byCode = new HashMap<>();
        Map<Directorate, List<String>> members = new LinkedHashMap<>();
        directorates.all().stream()
                .filter(directorate -> scope.everything() || scope.directorates().contains(directorate.code()))
                .filter(directorate -> filter.directorate() == null || filter.directorate().equals(directorate.code()))
                .forEach(directorate -> members.put(directorate, byCode.computeIfAbsent(directorate.code(),
                        code -> new ArrayList<>())));
        jdbc.sql("select directorate_code, username from eia_directorate_member order by username")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(member -> {
                    List<String> usernames = byCode.get(member.getKey());
                    if (usernames != null) {
                        usernames.add(member.getValue());
                    }
                });
        return members;
    }

    private List<QualityByTraining> qualityByTraining(Selection selection) {
        Map<Boolean, long[]> counts = new HashMap<>();
        Map<Boolean, Double> meanScores = new HashMap<>();
        jdbc.sql("select a.author_trained, count(*), count(q.score), avg(cast(q.score as double precision))"
                        + " from eia_assessment a left join eia_quality_score q on q.assessment_id = a.id"
                        + " and q.assessment_version = a.version where " + selection.where() + " group by a.author_trained")
                .params(selection.params())
                .query((rs, n) -> {
                    Boolean trained = (Boolean) rs.getObject(1);
                    counts.put(trained, new long[] {rs.getLong(2), rs.getLong(3), 0, 0, 0});
                    meanScores.put(trained, rs.getObject(4) == null ? null : round(rs.getDouble(4)));
                    return trained;
                }).list();
        jdbc.sql("select a.author_trained, count(*) from eia_quality_failure f join eia_assessment a on a.id = f.assessment_id"
                        + " and a.version = f.assessment_version where " + selection.where()
                        + " and f.check_id in (:checks) group by a.author_trained")
                .params(selection.with(Map.of("checks", automaticChecksApartFromTraining())))
                .query((rs, n) -> counts.get((Boolean) rs.getObject(1))[2] = rs.getLong(2)).list();
        jdbc.sql("select a.author_trained, count(*), sum(case when r.outcome = 'RETURNED' then 1 else 0 end)"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                        + " and r.step_key = :step and r.outcome in ('COMPLETED', 'RETURNED') group by a.author_trained")
                .params(selection.with(Map.of("step", Step.QUALITY_REVIEW.key())))
                .query((rs, n) -> {
                    long[] row = counts.get((Boolean) rs.getObject(1));
                    row[3] = rs.getLong(2);
                    row[4] = rs.getLong(3);
                    return row;
                }).list();
        List<QualityByTraining> rows = new ArrayList<>();
        for (Boolean trained : new Boolean[] {true, false, null}) {
            long[] row = counts.getOrDefault(trained, new long[5]);
            if (trained == null && row[0] == 0) {
                continue;
            }
            rows.add(new QualityByTraining(trained, label(trained), row[0], row[1], meanScores.get(trained),
                    row[1] == 0 ? null : round((double) row[2] / row[1]), row[3], row[4],
                    CompletionReports.rate(row[3], row[4]).percent()));
        }
        return rows;
    }

    private static List<String> automaticChecksApartFromTraining() {
        return RubricChecks.automatic().stream().filter(check -> !check.equals(RubricChecks.AUTHOR_TRAINING)).toList();
    }

    private static String label(Boolean trained) {
        return trained == null ? "Started before training was recorded"
                : trained ? "Author trained when they started" : "Author not trained when they started";
    }

    private List<ExpiringTraining> expiring(Map<Directorate, List<String>> members, LocalDate today) {
        Map<String, List<String>> directoratesOf = new HashMap<>();
        members.forEach((directorate, usernames) -> usernames.forEach(username ->
                directoratesOf.computeIfAbsent(username, person -> new ArrayList<>()).add(directorate.code())));
        return training.expiringBetween(today, today.plusDays(EXPIRING_WITHIN_DAYS)).stream()
                .filter(expiring -> directoratesOf.containsKey(expiring.username()))
                .map(expiring -> new ExpiringTraining(expiring.username(), people.nameOf(expiring.username()),
                        expiring.expiresOn(), directoratesOf.get(expiring.username())))
                .toList();
    }
}
