package uk.nhs.eia.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.eia.mentoring.CohortPairing.Pair;
import uk.nhs.eia.mentoring.CohortPairing.ProposedPairing;
import uk.nhs.eia.mentoring.Participant.Side;

/**
 * The proposed pairing of small random cohorts against every possible pairing tried in turn: it always pairs as many
 * as any pairing can, with the highest total score any pairing of that many has, and never a pair the rules forbid.
 */
class CohortPairingProperties {

    private static final List<String> TIMES = List.of("mon-am", "tue-pm", "thu-am");
    private static final List<String> GOALS = List.of("career", "confidence", "inclusive-leadership");
    private static final List<String> INTERESTS = List.of("music", "sport", "film", "faith");
    private static final List<String> DIRECTORATES = List.of("operations", "digital");

    @Property(tries = 400)
    void theProposalIsAsGoodAsTheBestOfEveryPossiblePairing(@ForAll("cohorts") List<Participant> cohort) {
        ProposedPairing proposed = CohortPairing.propose(cohort);

        Best best = bestByTryingEveryPairing(cohort);
        assertThat(proposed.pairs()).hasSize(best.pairs());
        assertThat(proposed.totalScore()).isEqualTo(best.score());
        Set<String> seen = new HashSet<>();
        for (Pair pair : proposed.pairs()) {
            assertThat(Compatibility.whyNot(pair.mentor(), pair.leader())).isNull();
            assertThat(pair.mentor().side()).isEqualTo(Side.REVERSE_MENTOR);
            assertThat(pair.leader().side()).isEqualTo(Side.SENIOR_LEADER);
            assertThat(seen.add(pair.mentor().username()) && seen.add(pair.leader().username())).isTrue();
        }
        assertThat(proposed.pairs().size() * 2 + proposed.unpaired().size()).isEqualTo(cohort.size());
    }

    @Provide
    Arbitrary<List<Participant>> cohorts() {
        Arbitrary<Participant> someone = Combinators.combine(
                Arbitraries.of(Side.values()),
                Arbitraries.of(DIRECTORATES),
                Arbitraries.subsetOf(TIMES),
                Arbitraries.subsetOf(GOALS),
                Arbitraries.subsetOf(INTERESTS),
                Arbitraries.integers().between(0, 5))
                .as((side, directorate, times, goals, interests, manager) -> new Participant("?", side, directorate,
                        manager < 5 ? "p" + manager : null, times, goals, interests));
        return someone.list().ofMinSize(0).ofMaxSize(9).map(CohortPairingProperties::named);
    }

    /** Names each p0, p1, ... so that line managers name people in the cohort. */
    private static List<Participant> named(List<Participant> unnamed) {
        List<Participant> named = new ArrayList<>();
        for (int i = 0; i < unnamed.size(); i++) {
            Participant p = unnamed.get(i);
            String manager = ("p" + i).equals(p.lineManager()) ? null : p.lineManager();
            named.add(new Participant("p" + i, p.side(), p.directorate(), manager, p.availability(), p.goals(), p.interests()));
        }
        return named;
    }

    private record Best(int pairs, int score) {
    }

    /** Tries every way of giving each mentor a leader or no one, keeping the most pairs, then the highest score. */
    private static Best bestByTryingEveryPairing(List<Participant> cohort) {
        List<Participant> mentors = cohort.stream().filter(p -> p.side() == Side.REVERSE_MENTOR).toList();
        List<Participant> leaders = cohort.stream().filter(p -> p.side() == Side.SENIOR_LEADER).toList();
        return tryFrom(0, mentors, leaders, new boolean[leaders.size()], 0, 0);
    }

    private static Best tryFrom(int mentor, List<Participant> mentors, List<Participant> leaders, boolean[] taken,
            int pairs, int score) {
        if (mentor == mentors.size()) {
            return new Best(pairs, score);
        }
        Best best = tryFrom(mentor + 1, mentors, leaders, taken, pairs, score);
        for (int leader = 0; leader < leaders.size(); leader++) {
            if (!taken[leader] && Compatibility.whyNot(mentors.get(mentor), leaders.get(leader)) == null) {
                taken[leader] = true;
                Best with = tryFrom(mentor + 1, mentors, leaders, taken, pairs + 1,
                        score + Compatibility.score(mentors.get(mentor), leaders.get(leader)));
                taken[leader] = false;
                if (with.pairs() > best.pairs() || with.pairs() == best.pairs() && with.score() > best.score()) {
                    best = with;
                }
            }
        }
        return best;
    }
}
