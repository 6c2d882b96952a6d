package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * group, how many there are, where and when, how many cut a budget or a service, how many have actions in force and
 * how many of those actions are overdue. A group hit by {@code eia.reports.cumulative-threshold} or more proposals in
 * one directorate in the period is flagged, for someone to look at them together.
 */
@Service
@Transactional(readOnly = true)
public class CumulativeImpacts implements CumulativelyAffected {

    /** The assessments that count: in progress, or signed off and published. */
    private static final List<String> LIVE = List.of("IN_PROGRESS", "PUBLISHED", "REVIEW_DUE");

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
        LocalDate today = LocalDate.ofInstant(clock.instant(), ENGLAND);
        LocalDate to = filter.to() != null ? filter.to() : today;
        LocalDate from = filter.from() != null ? filter.from() : to.minusMonths(12).plusDays(1);
        Selection selection = Selection.of(scope, new ReportFilter(filter.directorate(), filter.type(), null, null));
        Map<String, Object> params = selection.with(Map.of(
                "from", Timestamp.from(from.atStartOfDay(ENGLAND).toInstant()),
                "to", Timestamp.from(to.plusDays(1).atStartOfDay(ENGLAND).toInstant()),
                "adverse", List.of(Choice.IMPACT_NEGATIVE.value(), Choice.IMPACT_NOT_KNOWN.value()),
                "live", LIVE));
        List<Hit> hits = jdbc.sql("""
                select i.group_key, a.id, a.reference, a.title, a.directorate, a.proposal_type, a.change_kind, s.submitted_at
                from eia_impact i
                join eia_assessment a on a.id = i.assessment_id and a.version = i.assessment_version
                join eia_step_submission s on s.id = i.submission_id
                where i.current_answer = true and i.impact in (:adverse) and a.status in (:live)
                and s.submitted_at >= :from and s.submitted_at < :to and
                """ + " " + selection.where()
                        + " order by s.submitted_at, a.id")
                .params(params)
                .query((row, n) -> new Hit(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), cutsBudgetOrService(row.getString(6), row.getString(7)),
                        Quarter.of(row.getTimestamp(8).toInstant().atZone(ENGLAND).toLocalDate())))
                .list();
        Map<Long, ActionState> actions = actionsOf(hits.stream().map(Hit::assessmentId).collect(Collectors.toSet()), today);
        List<String> quarters = Quarter.between(from, to);
        List<GroupImpact> groups = Arrays.stream(ImpactGroup.values())
                .map(group -> groupImpact(group, hits.stream().filter(hit -> hit.group().equals(group.key())).toList(),
                        quarters, actions))
                .toList();
        return new CumulativeImpact(from, to, threshold, quarters, groups);
    }

    /**
     * The other proposals, signed off or in progress, whose current impact assessment submitted in the twelve months
     * to today found a negative or not-known impact on a group, by group key, in the contract's order of groups:
     * {@code directorate}'s only when one is given. The assessment itself is left out.
     */
    public Map<String, List<Long>> othersAffecting(Long assessmentId, String directorate) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ENGLAND);
        Map<String, Object> params = new HashMap<>(Map.of(
                "self", assessmentId,
                "since", Timestamp.from(today.minusMonths(12).plusDays(1).atStartOfDay(ENGLAND).toInstant()),
                "adverse", List.of(Choice.IMPACT_NEGATIVE.value(), Choice.IMPACT_NOT_KNOWN.value()),
                "live", LIVE));
        String inDirectorate = "";
        if (directorate != null) {
            params.put("directorate", directorate);
            inDirectorate = " and a.directorate = :directorate";
        }
        Map<String, List<Long>> byGroup = jdbc.sql("""
                select distinct i.group_key, a.id from eia_impact i
                join eia_assessment a on a.id = i.assessment_id and a.version = i.assessment_version
                join eia_step_submission s on s.id = i.submission_id
                where i.current_answer = true and i.impact in (:adverse) and a.status in (:live) and a.id <> :self
                and s.submitted_at >= :since""" + inDirectorate)
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

    private GroupImpact groupImpact(ImpactGroup group, List<Hit> hits, List<String> quarters, Map<Long, ActionState> actions) {
        Map<String, Long> byDirectorate = hits.stream()
                .collect(Collectors.groupingBy(Hit::directorate, TreeMap::new, Collectors.counting()));
        List<String> flaggedIn = byDirectorate.entrySet().stream().filter(entry -> entry.getValue() >= threshold)
                .map(Map.Entry::getKey).toList();
        Map<String, List<Proposal>> byQuarter = new LinkedHashMap<>();
        quarters.forEach(quarter -> byQuarter.put(quarter, new ArrayList<>()));
        hits.forEach(hit -> byQuarter.get(hit.quarter()).add(hit.proposal()));
        List<Proposal> proposals = hits.stream().map(Hit::proposal).toList();
        long withActions = hits.stream().filter(hit -> actions.getOrDefault(hit.assessmentId(), ActionState.NONE).inForce() > 0)
                .count();
        long overdue = hits.stream().mapToLong(hit -> actions.getOrDefault(hit.assessmentId(), ActionState.NONE).overdue())
                .sum();
        return new GroupImpact(group.key(), group.label(), group.kind() == ImpactGroup.Kind.PROTECTED_CHARACTERISTIC,
                proposals.size(), hits.stream().filter(Hit::cutsBudgetOrService).count(), withActions, overdue,
                byDirectorate, quarters.stream().map(quarter -> new QuarterCell(quarter, byQuarter.get(quarter))).toList(),
                flaggedIn);
    }

    /** For each assessment, how many actions its plan in force holds, and how many of them are past due and not done. */
    private Map<Long, ActionState> actionsOf(Set<Long> assessments, LocalDate today) {
        if (assessments.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select x.assessment_id, count(*), sum(case when x.status <> :done and x.due_date < :today then 1 else 0 end)
                from eia_action x join eia_assessment a on a.id = x.assessment_id and a.version = x.assessment_version
                where x.in_current_plan = true and x.assessment_id in (:ids) group by x.assessment_id""")
                .param("done", Choice.ACTION_DONE.value()).param("today", Date.valueOf(today)).param("ids", assessments)
                .query((row, n) -> Map.entry(row.getLong(1), new ActionState(row.getLong(2), row.getLong(3)))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean cutsBudgetOrService(String proposalType, String changeKind) {
        return Choice.PROPOSAL_TYPE_BUDGET_SAVINGS.is(proposalType) || Choice.CHANGE_KIND_REDUCTION.is(changeKind);
    }

    private record Hit(String group, Long assessmentId, String reference, String title, String directorate,
            boolean cutsBudgetOrService, String quarter) {

        Proposal proposal() {
            return new Proposal(assessmentId, reference, title, directorate, cutsBudgetOrService, quarter);
        }
    }

    private record ActionState(long inForce, long overdue) {
        static final ActionState NONE = new ActionState(0, 0);
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

    /** The proposals that found an adverse impact on a group in one quarter: a cell of the heat map. */
    public record QuarterCell(String quarter, List<Proposal> proposals) {

        public int count() {
            return proposals.size();
        }
    }

    /** A proposal counted in a cell, for the reader to open. */
    public record Proposal(Long assessmentId, String reference, String title, String directorate,
            boolean cutsBudgetOrService, String quarter) {
    }
}
