package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.quality.CumulativelyAffected;

/**
 * The cumulative impact of proposals on each group: of the proposals signed off or in progress whose current impact
 * assessment, submitted in the period, found a negative or not-known impact on a characteristic or health-inequality
 * group (or, imported from the earlier records, were decided in the period finding the group affected), how many there are, where and when, how many cut a budget or a service, how many have actions in force and
 * how many of those actions are overdue. A group hit by {@code eia.reports.cumulative-threshold} or more proposals in
 * one directorate in the period is flagged, for someone to look at them together. The report holds counts; the
 * proposals of one cell are asked for on their own ({@link #proposals}), so the answer stays small however large the
 * register.
 */
@Service
@Transactional(readOnly = true)
public class CumulativeImpacts implements CumulativelyAffected {

    /** The most proposals one cell lists; the count says how many there are. */
    public static final int MAX_LISTED = 500;

    /** The assessments that count: in progress, or signed off and published. */
    private static final List<String> LIVE = List.of("IN_PROGRESS", "PUBLISHED", "REVIEW_DUE");

    /** The adverse ratings of the current impact assessments of live proposals since {@code :from}. */
    private static final String RATED = " from eia_impact i"
            + " join eia_assessment a on a.id = i.assessment_id and a.version = i.assessment_version"
            + " where i.current_answer = true and i.impact in (:adverse) and a.status in (:live) and i.assessed_at >= :from";

    /**
     * The same for assessments imported from the earlier records and not reassessed here: each group its record found
     * affected, as of its decision date. Apart from the ratings, so that those are still read from their index alone.
     */
    private static final String IMPORTED = " from eia_imported_group i"
            + " join eia_assessment a on a.id = i.assessment_id and a.version = 1"
            + " where a.imported and a.status in (:live) and i.assessed_at >= :from";

    /**
     * {@code columns} of {@code i} (the rating's {@code group_key}, {@code assessment_id}, {@code assessed_at}) and
     * {@code a} (its assessment) for every adverse impact on a group, rated or imported, of the live proposals since
     * {@code :from} that also meet {@code condition}.
     */
    private static String hits(String columns, String condition) {
        return "select " + columns + RATED + " and " + condition + " union all select " + columns + IMPORTED + " and "
                + condition;
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int threshold;

    CumulativeImpacts(JdbcClient jdbc, Clock clock, @Value("${eia.reports.cumulative-threshold}") int threshold) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** The period is the filter's, or the twelve months to today when it gives none. */
    public CumulativeImpact of(ReportScope scope, ReportFilter filter) {
        Period period = period(filter);
        Query query = query(scope, filter, period);
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("done", Choice.ACTION_DONE.value());
        params.put("today", Date.valueOf(today()));
        params.put("cutType", Choice.PROPOSAL_TYPE_BUDGET_SAVINGS.value());
        params.put("cutKind", Choice.CHANGE_KIND_REDUCTION.value());
        // Counted in the database, a row for each group, directorate, quarter and kind of proposal, so that a year of a
        // large trust's ratings never leaves it; the plans in force are read only for the proposals counted.
        List<Count> counts = jdbc.sql("""
                with hits as (""" + hits("""
                        i.group_key, i.assessment_id, a.directorate,
                        case when a.proposal_type = :cutType or a.change_kind = :cutKind then 1 else 0 end cut,
                        extract(year from i.assessed_at at time zone 'Europe/London') assessed_year,
                        extract(quarter from i.assessed_at at time zone 'Europe/London') assessed_quarter""",
                        "i.assessed_at < :to and " + query.where()) + """
                ),
                plans as (select x.assessment_id, count(*) in_force,
                        sum(case when x.status <> :done and x.due_date < :today then 1 else 0 end) overdue
                    from eia_action x join eia_assessment a on a.id = x.assessment_id and a.version = x.assessment_version
                    where x.in_current_plan = true and x.assessment_id in (select assessment_id from hits)
                    group by x.assessment_id)
                select h.group_key, h.directorate, h.assessed_year, h.assessed_quarter, count(*), sum(h.cut),
                    sum(case when p.in_force > 0 then 1 else 0 end), coalesce(sum(p.overdue), 0)
                from hits h left join plans p on p.assessment_id = h.assessment_id
                group by h.group_key, h.directorate, h.assessed_year, h.assessed_quarter""")
                .params(params)
                .query((row, n) -> new Count(row.getString(1), row.getString(2),
                        row.getInt(3) + " Q" + row.getInt(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8)))
                .list();
        List<String> quarters = Quarter.between(period.from(), period.to());
        Map<String, List<Count>> byGroup = counts.stream().collect(Collectors.groupingBy(Count::group));
        List<GroupImpact> groups = Arrays.stream(ImpactGroup.values())
                .map(group -> groupImpact(group, byGroup.getOrDefault(group.key(), List.of()), quarters)).toList();
        return new CumulativeImpact(period.from(), period.to(), threshold, quarters, groups);
    }

    /**
     * The proposals of one cell of the report: those that hit {@code group}, in {@code quarter} when one is given, at
     * most {@link #MAX_LISTED}, oldest first.
     */
    public List<Proposal> proposals(ReportScope scope, ReportFilter filter, String group, String quarter) {
        Period period = period(filter);
        Query query = query(scope, filter, period);
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("group", group == null ? "" : group);
        return jdbc.sql("select * from (" + hits("a.id, a.reference, a.title, a.directorate, a.proposal_type, a.change_kind,"
                        + " i.assessed_at", "i.assessed_at < :to and i.group_key = :group and " + query.where())
                        + ") h order by h.assessed_at, h.id")
                .params(params)
                .query((row, n) -> new Proposal(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        cutsBudgetOrService(row.getString(5), row.getString(6)),
                        Quarter.of(row.getTimestamp(7).toInstant().atZone(ENGLAND).toLocalDate())))
                .stream().filter(proposal -> quarter == null || quarter.isBlank() || proposal.quarter().equals(quarter))
                .limit(MAX_LISTED).toList();
    }

    /**
     * The other proposals, signed off or in progress, whose current impact assessment submitted in the twelve months
     * to today found a negative or not-known impact on a group, by group key, in the contract's order of groups:
     * {@code directorate}'s only when one is given. The assessment itself is left out.
     */
    public Map<String, List<Long>> othersAffecting(Long assessmentId, String directorate) {
        Map<String, Object> params = new HashMap<>(Map.of(
                "self", assessmentId,
                "from", Timestamp.from(today().minusMonths(12).plusDays(1).atStartOfDay(ENGLAND).toInstant()),
                "adverse", adverse(),
                "live", LIVE));
        String inDirectorate = "";
        if (directorate != null) {
            params.put("directorate", directorate);
            inDirectorate = " and a.directorate = :directorate";
        }
        Map<String, List<Long>> byGroup = jdbc.sql("select distinct group_key, id from ("
                        + hits("i.group_key, a.id", "a.id <> :self" + inDirectorate) + ") h")
                .params(params).query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<Long>> ordered = new LinkedHashMap<>();
        Arrays.stream(ImpactGroup.values()).filter(group -> byGroup.containsKey(group.key()))
                .forEach(group -> ordered.put(group.key(), byGroup.get(group.key()).stream().sorted().toList()));
        return ordered;
    }

    /** The groups on which the assessment's current impact assessment found a negative or not-known impact. */
    public List<String> adverseGroupsOf(Long assessmentId) {
        return jdbc.sql("""
                select i.group_key from eia_impact i
                join eia_assessment a on a.id = i.assessment_id and a.version = i.assessment_version
                where a.id = ? and i.current_answer = true and i.impact in (?, ?)""")
                .params(assessmentId, Choice.IMPACT_NEGATIVE.value(), Choice.IMPACT_NOT_KNOWN.value())
                .query(String.class).list();
    }

    @Override
    public List<String> groupsNearTheThreshold(Long assessmentId, String directorate) {
        return othersAffecting(assessmentId, directorate).entrySet().stream()
                .filter(others -> others.getValue().size() + 1 >= threshold).map(Map.Entry::getKey).toList();
    }

    private GroupImpact groupImpact(ImpactGroup group, List<Count> counts, List<String> quarters) {
        Map<String, Long> byDirectorate = counts.stream()
                .collect(Collectors.groupingBy(Count::directorate, TreeMap::new, Collectors.summingLong(Count::proposals)));
        Map<String, Long> byQuarter = counts.stream()
                .collect(Collectors.groupingBy(Count::quarter, Collectors.summingLong(Count::proposals)));
        return new GroupImpact(group.key(), group.label(), group.kind() == ImpactGroup.Kind.PROTECTED_CHARACTERISTIC,
                counts.stream().mapToLong(Count::proposals).sum(), counts.stream().mapToLong(Count::cuts).sum(),
                counts.stream().mapToLong(Count::withActions).sum(), counts.stream().mapToLong(Count::overdueActions).sum(),
                byDirectorate,
                quarters.stream().map(quarter -> new QuarterCell(quarter, byQuarter.getOrDefault(quarter, 0L))).toList(),
                byDirectorate.entrySet().stream().filter(entry -> entry.getValue() >= threshold).map(Map.Entry::getKey)
                        .toList());
    }

    private Period period(ReportFilter filter) {
        LocalDate to = filter.to() != null ? filter.to() : today();
        LocalDate from = filter.from() != null ? filter.from() : to.minusMonths(12).plusDays(1);
        return new Period(from, to);
    }

    private static Query query(ReportScope scope, ReportFilter filter, Period period) {
        Selection selection = Selection.of(scope, new ReportFilter(filter.directorate(), filter.type(), null, null));
        return new Query(selection.where(), selection.with(Map.of(
                "from", Timestamp.from(period.from().atStartOfDay(ENGLAND).toInstant()),
                "to", Timestamp.from(period.to().plusDays(1).atStartOfDay(ENGLAND).toInstant()),
                "adverse", adverse(), "live", LIVE)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ENGLAND);
    }

    private static List<String> adverse() {
        return List.of(Choice.IMPACT_NEGATIVE.value(), Choice.IMPACT_NOT_KNOWN.value());
    }

    private static boolean cutsBudgetOrService(String proposalType, String changeKind) {
        return Choice.PROPOSAL_TYPE_BUDGET_SAVINGS.is(proposalType) || Choice.CHANGE_KIND_REDUCTION.is(changeKind);
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private record Query(String where, Map<String, Object> params) {
    }

    /** The proposals hitting a group in one directorate in one quarter, the cuts among them, and their plans. */
    private record Count(String group, String directorate, String quarter, long proposals, long cuts, long withActions,
            long overdueActions) {
    }

    /** The report: its period, the threshold it flags at, its quarters, and every group in the contract's order. */
    public record CumulativeImpact(LocalDate from, LocalDate to, int threshold, List<String> quarters,
            List<GroupImpact> groups) {
    }

    /**
     * One group: how many proposals found an adverse impact on it, how many of them cut a budget or a service, how
     * many have actions in force and how many actions are overdue, by directorate and by quarter, and the
     * directorates where as many proposals as the threshold or more hit it.
     */
    public record GroupImpact(String group, String label, boolean protectedCharacteristic, long proposals,
            long budgetOrServiceCuts, long withActionsInForce, long overdueMitigations, Map<String, Long> byDirectorate,
            List<QuarterCell> quarters, List<String> flaggedIn) {

        public boolean flagged() {
            return !flaggedIn.isEmpty();
        }
    }

    /** How many proposals found an adverse impact on a group in one quarter: a cell of the heat map. */
    public record QuarterCell(String quarter, long count) {
    }

    /** A proposal counted in a cell, for the reader to open. */
    public record Proposal(Long assessmentId, String reference, String title, String directorate,
            boolean cutsBudgetOrService, String quarter) {
    }
}
