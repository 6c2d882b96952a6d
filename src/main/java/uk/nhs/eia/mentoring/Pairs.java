package uk.nhs.eia.mentoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.mentoring.CohortPairing.Pair;
import uk.nhs.eia.mentoring.CohortPairing.ProposedPairing;
import uk.nhs.eia.mentoring.CohortPairing.Unpaired;
import uk.nhs.eia.mentoring.MentoringPair.Status;
import uk.nhs.eia.mentoring.Participant.Side;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.Conflict;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.NotFound;

/**
 * A cohort's pairs: proposed by the service when applications close, changed and confirmed by the lead, and kept up
 * when someone leaves, by a new partner where one fits or else by closing the pair.
 */
@Service
@Transactional
public class Pairs {

    private static final String SELECT = """
            select id, cohort_id, mentor, leader, score, status, contract_agreed_at, closed_reason
            from eia_mentoring_pair""";

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final Applications applications;
    private final MentoringEngine engine;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Pairs(JdbcClient jdbc, Cohorts cohorts, Applications applications, MentoringEngine engine, People people,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.applications = applications;
        this.engine = engine;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes the cohort to applications and proposes the best pairing of those who applied. */
    public ProposedPairing propose(long cohortId) {
        cohorts.lock(cohortId);
        cohorts.move(cohortId, Stage.OPEN, Stage.PAIRING);
        ProposedPairing pairing = CohortPairing.propose(applications.participants(cohortId));
        for (Pair pair : pairing.pairs()) {
            jdbc.sql("insert into eia_mentoring_pair (cohort_id, mentor, leader, score, status) values (?, ?, ?, ?, ?)")
                    .params(cohortId, pair.mentor().username(), pair.leader().username(), pair.score(), Status.PROPOSED.name())
                    .update();
        }
        audit.record(Cohorts.subject(cohortId), "MENTORING_PAIRS_PROPOSED", "The service proposed %d pairs with a total "
                .formatted(pairing.pairs().size()) + "score of %d; %d people are not paired".formatted(pairing.totalScore(),
                pairing.unpaired().size()));
        return pairing;
    }

    /**
     * Puts {@code other} where {@code one} is in the proposed pairs, and {@code one} where {@code other} is, when both
     * take part on the same side; either may be unpaired.
     *
     * @throws Invalid  when they are on different sides, or a pair it makes breaks a rule
     * @throws Conflict when the pairs are no longer the lead's to change
     */
    public void swap(long cohortId, String one, String other, String by) {
        Cohort cohort = cohorts.lock(cohortId);
        if (cohort.stage() != Stage.PAIRING) {
            throw new Conflict("The pairs are confirmed", "Pairs can only be changed before they are confirmed");
        }
        Map<String, Participant> participants = applications.participants(cohortId).stream()
                .collect(Collectors.toMap(Participant::username, Function.identity()));
        Participant first = participant(participants, one, "one");
        Participant second = participant(participants, other, "other");
        if (first.side() != second.side() || one.equals(other)) {
            throw new Invalid(List.of(new FieldError("other", "Choose someone else taking part as %s to swap with %s"
                    .formatted(first.side() == Side.REVERSE_MENTOR ? "a reverse mentor" : "a senior leader", people.nameOf(one)))));
        }
        Optional<MentoringPair> firstPair = pairOf(cohortId, one, Status.PROPOSED);
        Optional<MentoringPair> secondPair = pairOf(cohortId, other, Status.PROPOSED);
        if (firstPair.isEmpty() && secondPair.isEmpty()) {
            throw new Invalid(List.of(new FieldError("one", "Neither %s nor %s is in a pair; choose someone who is"
                    .formatted(people.nameOf(one), people.nameOf(other)))));
        }
        firstPair.ifPresent(pair -> replace(pair, one, second, participants));
        secondPair.ifPresent(pair -> replace(pair, other, first, participants));
        audit.record(Cohorts.subject(cohortId), "MENTORING_PAIRS_CHANGED", "%s swapped %s and %s in the proposed pairs"
                .formatted(by, one, other));
    }

    /** Confirms the proposed pairs; each is then asked to agree a contract. */
    public List<Long> confirm(long cohortId) {
        cohorts.lock(cohortId);
        cohorts.move(cohortId, Stage.PAIRING, Stage.RUNNING);
        jdbc.sql("update eia_mentoring_pair set status = ? where cohort_id = ? and status = ?")
                .params(Status.CONFIRMED.name(), cohortId, Status.PROPOSED.name()).update();
        return pairIds(cohortId);
    }

    /** The cohort's confirmed pairs, each run as its own part of the cohort's case. */
    @Transactional(readOnly = true)
    public List<Long> pairIds(long cohortId) {
        return jdbc.sql("select id from eia_mentoring_pair where cohort_id = ? and status = ? order by id")
                .params(cohortId, Status.CONFIRMED.name()).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public MentoringPair pair(long pairId) {
        return jdbc.sql(SELECT + " where id = ?").param(pairId).query(Pairs::pair).optional()
                .orElseThrow(() -> new NotFound("Pair not found", "There is no mentoring pair " + pairId));
    }

    /** The cohort's pairs other than those dropped before confirmation, by mentor. */
    @Transactional(readOnly = true)
    public List<MentoringPair> pairsOf(long cohortId) {
        return jdbc.sql(SELECT + " where cohort_id = ? order by mentor, id").param(cohortId).query(Pairs::pair).list();
    }

    /** The pairs someone is in, across cohorts, the newest first. */
    @Transactional(readOnly = true)
    public List<MentoringPair> pairsOfPerson(String username) {
        return jdbc.sql(SELECT + " where mentor = ? or leader = ? order by id desc").params(username, username)
                .query(Pairs::pair).list();
    }

    /** Those in the cohort who are in no proposed or confirmed pair, with the reason. */
    @Transactional(readOnly = true)
    public List<Unpaired> unpaired(long cohortId) {
        List<Participant> participants = applications.participants(cohortId);
        Set<String> paired = pairsOf(cohortId).stream().filter(pair -> pair.status() != Status.CLOSED)
                .flatMap(pair -> Stream.of(pair.mentor(), pair.leader())).collect(Collectors.toSet());
        return participants.stream().filter(p -> !paired.contains(p.username()))
                .map(p -> new Unpaired(p, CohortPairing.whyUnpaired(p, participants))).toList();
    }

    void contractAgreed(long pairId, Map<String, Object> answers, String by) {
        jdbc.sql("update eia_mentoring_pair set contract = ?, contract_agreed_by = ?, contract_agreed_at = ? where id = ?")
                .params(MentoringJson.write(answers), by, Timestamp.from(clock.instant()), pairId).update();
        MentoringPair pair = pair(pairId);
        audit.record(Cohorts.subject(pair.cohortId()), "MENTORING_CONTRACT_AGREED", "%s recorded the mentoring contract of %s and %s"
                .formatted(by, pair.mentor(), pair.leader()));
    }

    public void finish(long pairId) {
        jdbc.sql("update eia_mentoring_pair set status = ?, ended_at = ? where id = ? and status = ?")
                .params(Status.FINISHED.name(), Timestamp.from(clock.instant()), pairId, Status.CONFIRMED.name()).update();
    }

    /**
     * Records that someone left the cohort. Before pairs are confirmed their proposed pair is dropped, for the lead to
     * pair their partner again; afterwards their partner is given whoever not in a pair fits best, or the pair is
     * closed when nobody can be paired with them.
     *
     * @throws Invalid  when the reason is missing or the person is not in the cohort
     * @throws Conflict when the cohort has finished
     */
    public String leave(long cohortId, String username, String reason, String by) {
        Cohort cohort = cohorts.lock(cohortId);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Invalid(List.of(new FieldError("reason", "Enter why they left, in 500 characters or fewer")));
        }
        if (applications.applicationOf(cohortId, username).filter(application -> !application.left()).isEmpty()) {
            throw new Invalid(List.of(new FieldError("username", "Choose someone who is taking part in the cohort")));
        }
        if (cohort.stage() == Stage.FINISHED) {
            throw new Conflict("The cohort has finished", "Leavers can only be recorded while a cohort runs");
        }
        String why = reason.strip();
        applications.left(cohortId, username, why);
        String outcome = pairOf(cohortId, username, Status.PROPOSED).map(pair -> dropProposed(pair, username))
                .or(() -> pairOf(cohortId, username, Status.CONFIRMED).map(pair -> rePairOrClose(cohort, pair, username, why)))
                .orElse("%s was not in a pair".formatted(people.nameOf(username)));
        audit.record(Cohorts.subject(cohortId), "MENTORING_PARTICIPANT_LEFT", "%s recorded that %s left the cohort \"%s\" (%s). %s"
                .formatted(by, username, cohort.name(), why, outcome));
        return outcome;
    }

    private String dropProposed(MentoringPair pair, String leaver) {
        jdbc.sql("delete from eia_mentoring_pair where id = ?").param(pair.id()).update();
        return "Their proposed pair is dropped, so %s can be paired again before the pairs are confirmed"
                .formatted(people.nameOf(pair.partnerOf(leaver)));
    }

    private String rePairOrClose(Cohort cohort, MentoringPair pair, String leaver, String reason) {
        List<Participant> participants = applications.participants(cohort.id());
        Set<String> inPairs = pairsOf(cohort.id()).stream().filter(other -> other.status() == Status.CONFIRMED
                || other.status() == Status.FINISHED).flatMap(other -> Stream.of(other.mentor(), other.leader()))
                .collect(Collectors.toSet());
        String stayerName = pair.partnerOf(leaver);
        Participant stayer = participants.stream().filter(p -> p.username().equals(stayerName)).findFirst().orElseThrow();
        List<Participant> free = participants.stream().filter(p -> !inPairs.contains(p.username())).toList();
        Optional<Pair> newPair = CohortPairing.partnerFor(stayer, free);
        String recordChange = "insert into eia_mentoring_pair_change (pair_id, left_username, joined_username, reason, changed_at) values (?, ?, ?, ?, ?)";
        if (newPair.isPresent()) {
            Pair chosen = newPair.get();
            String newcomer = stayer.side() == Side.REVERSE_MENTOR ? chosen.leader().username() : chosen.mentor().username();
            jdbc.sql("update eia_mentoring_pair set mentor = ?, leader = ?, score = ? where id = ?")
                    .params(chosen.mentor().username(), chosen.leader().username(), chosen.score(), pair.id()).update();
            jdbc.sql(recordChange).params(pair.id(), leaver, newcomer, reason, Timestamp.from(clock.instant())).update();
            engine.memberReplaced(cohorts.processInstanceOf(cohort.id()), pair.id(), leaver, newcomer);
            return "%s is now paired with %s".formatted(people.nameOf(stayerName), people.nameOf(newcomer));
        }
        String closed = "%s left (%s) and nobody free could be paired with %s".formatted(people.nameOf(leaver), reason,
                people.nameOf(stayerName));
        jdbc.sql("update eia_mentoring_pair set status = ?, closed_reason = ?, ended_at = ? where id = ?")
                .params(Status.CLOSED.name(), closed, Timestamp.from(clock.instant()), pair.id()).update();
        jdbc.sql(recordChange).params(pair.id(), leaver, null, reason, Timestamp.from(clock.instant())).update();
        engine.pairClosed(cohorts.processInstanceOf(cohort.id()), pair.id());
        return "Their pair is closed: nobody free could be paired with %s".formatted(people.nameOf(stayerName));
    }

    private void replace(MentoringPair pair, String leaving, Participant joining, Map<String, Participant> participants) {
        Participant mentor = pair.mentor().equals(leaving) ? joining : participants.get(pair.mentor());
        Participant leader = pair.leader().equals(leaving) ? joining : participants.get(pair.leader());
        String whyNot = Compatibility.whyNot(mentor, leader);
        if (whyNot != null) {
            throw new Invalid(List.of(new FieldError("other", "%s and %s cannot be paired: %s"
                    .formatted(people.nameOf(mentor.username()), people.nameOf(leader.username()), whyNot))));
        }
        jdbc.sql("update eia_mentoring_pair set mentor = ?, leader = ?, score = ? where id = ?")
                .params(mentor.username(), leader.username(), Compatibility.score(mentor, leader), pair.id()).update();
    }

    private Optional<MentoringPair> pairOf(long cohortId, String username, Status status) {
        return jdbc.sql(SELECT + " where cohort_id = ? and status = ? and (mentor = ? or leader = ?)")
                .params(cohortId, status.name(), username, username).query(Pairs::pair).optional();
    }

    private Participant participant(Map<String, Participant> participants, String username, String field) {
        Participant participant = participants.get(username);
        if (participant == null) {
            throw new Invalid(List.of(new FieldError(field, "Choose someone who is taking part in the cohort")));
        }
        return participant;
    }

    private static MentoringPair pair(ResultSet rs, int row) throws SQLException {
        Timestamp agreed = rs.getTimestamp(7);
        return new MentoringPair(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                Status.valueOf(rs.getString(6)), agreed == null ? null : agreed.toInstant(), rs.getString(8));
    }
}
