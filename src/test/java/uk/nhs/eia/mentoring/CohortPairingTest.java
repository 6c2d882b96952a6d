package uk.nhs.eia.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.mentoring.Participant.Side.REVERSE_MENTOR;
import static uk.nhs.eia.mentoring.Participant.Side.SENIOR_LEADER;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.mentoring.CohortPairing.Pair;
import uk.nhs.eia.mentoring.CohortPairing.ProposedPairing;

/**
 * The pairing of a cohort against cases worked out by hand. Scores: 3 for each time both are free, 2 for each shared
 * goal, 1 for each shared interest, 2 for different directorates.
 */
class CohortPairingTest {

    @Test
    void theBestTotalIsProposedWhereFirstComeFirstServedWouldStrandSomeone() {
        // ada and leo: Monday morning (3) + different directorates (2) = 5; ada and max: Monday morning (3) = 3, same
        // directorate. bea and leo: Monday morning (3) + different directorates (2) = 5; bea and max: bea is free only
        // on Monday mornings and max only on Friday afternoons, so they may not be paired.
        // Pairing ada first with her best, leo (5), strands bea; the best pairing is ada-max (3) and bea-leo (5) = 8.
        Participant ada = mentor("ada", "digital", null, Set.of("mon-am", "fri-pm"), Set.of(), Set.of());
        Participant bea = mentor("bea", "nursing", null, Set.of("mon-am"), Set.of(), Set.of());
        Participant leo = leader("leo", "operations", Set.of("mon-am"), Set.of(), Set.of());
        Participant max = leader("max", "digital", Set.of("fri-pm"), Set.of(), Set.of());
        assertThat(Compatibility.score(ada, leo)).isEqualTo(5);

        ProposedPairing proposed = CohortPairing.propose(List.of(ada, bea, leo, max));

        assertThat(proposed.pairs()).extracting(pair -> pair.mentor().username() + "-" + pair.leader().username())
                .containsExactly("ada-max", "bea-leo");
        assertThat(proposed.pairs()).extracting(Pair::score).containsExactly(3, 5);
        assertThat(proposed.totalScore()).isEqualTo(8);
        assertThat(proposed.unpaired()).isEmpty();
    }

    @Test
    void sharedGoalsAndInterestsDecideBetweenOtherwiseEqualPartners() {
        // cat and kim: Tuesday (3) + two goals (4) + one interest (1) + directorates (2) = 10; cat and ned: Tuesday
        // (3) + directorates (2) = 5. dan and kim: Tuesday (3) + directorates (2) = 5; dan and ned: Tuesday (3) + one
        // goal (2) + directorates (2) = 7. cat-kim with dan-ned = 17 beats cat-ned with dan-kim = 10.
        Participant cat = mentor("cat", "nursing", null, Set.of("tue"), Set.of("inclusive-leadership", "career"), Set.of("music"));
        Participant dan = mentor("dan", "nursing", null, Set.of("tue"), Set.of("confidence"), Set.of());
        Participant kim = leader("kim", "digital", Set.of("tue"), Set.of("inclusive-leadership", "career"), Set.of("music"));
        Participant ned = leader("ned", "operations", Set.of("tue"), Set.of("confidence"), Set.of("sport"));

        ProposedPairing proposed = CohortPairing.propose(List.of(cat, dan, kim, ned));

        assertThat(proposed.pairs()).extracting(pair -> pair.mentor().username() + "-" + pair.leader().username())
                .containsExactly("cat-kim", "dan-ned");
        assertThat(proposed.totalScore()).isEqualTo(17);
    }

    @Test
    void aLineManagerIsNeverProposedAndSomeoneWithNoAllowedPartnerIsToldWhy() {
        // eve's only leader shares her free time but is her line manager: she cannot be paired, and says so.
        Participant eve = mentor("eve", "operations", "liz", Set.of("wed"), Set.of(), Set.of());
        Participant liz = leader("liz", "operations", Set.of("wed"), Set.of(), Set.of());

        ProposedPairing proposed = CohortPairing.propose(List.of(eve, liz));

        assertThat(proposed.pairs()).isEmpty();
        assertThat(Compatibility.whyNot(eve, liz)).isEqualTo("one is the other's line manager");
        assertThat(proposed.unpaired()).extracting(unpaired -> unpaired.participant().username() + ": " + unpaired.reason())
                .containsExactly(
                        "eve: No one on the other side can be paired with them: each is their line manager or shares no free time",
                        "liz: No one on the other side can be paired with them: each is their line manager or shares no free time");
    }

    @Test
    void moreMentorsThanLeadersLeavesTheLeastCompatibleMentorOutnumbered() {
        // One leader, two mentors: fay scores 3 + 2 = 5 with her, gil 3. fay is paired; gil is left, outnumbered.
        Participant fay = mentor("fay", "digital", null, Set.of("thu"), Set.of(), Set.of());
        Participant gil = mentor("gil", "operations", null, Set.of("thu"), Set.of(), Set.of());
        Participant ivy = leader("ivy", "operations", Set.of("thu"), Set.of(), Set.of());

        ProposedPairing proposed = CohortPairing.propose(List.of(fay, gil, ivy));

        assertThat(proposed.pairs()).extracting(pair -> pair.mentor().username() + "-" + pair.leader().username())
                .containsExactly("fay-ivy");
        assertThat(proposed.unpaired()).extracting(unpaired -> unpaired.participant().username() + ": " + unpaired.reason())
                .containsExactly("gil: Everyone they could be paired with is paired with someone else");
    }

    @Test
    void whenAPartnerLeavesTheBestFreePartnerTheStayerMayHaveIsProposed() {
        // jo's leader has left. Free: two leaders and a mentor. uma shares Monday (3) and one goal (2), same
        // directorate = 5; vic shares Monday (3), different directorates (2) = 5, and one interest (1) = 6; the mentor
        // is on jo's own side. vic is proposed.
        Participant jo = mentor("jo", "digital", null, Set.of("mon-am"), Set.of("career"), Set.of("film"));
        Participant uma = leader("uma", "digital", Set.of("mon-am"), Set.of("career"), Set.of());
        Participant vic = leader("vic", "nursing", Set.of("mon-am"), Set.of(), Set.of("film"));
        Participant wyn = mentor("wyn", "nursing", null, Set.of("mon-am"), Set.of(), Set.of());

        assertThat(CohortPairing.partnerFor(jo, List.of(uma, vic, wyn)))
                .hasValueSatisfying(pair -> {
                    assertThat(pair.leader().username()).isEqualTo("vic");
                    assertThat(pair.score()).isEqualTo(6);
                });
        assertThat(CohortPairing.partnerFor(jo, List.of(wyn))).isEmpty();
    }

    static Participant mentor(String name, String directorate, String lineManager, Set<String> times, Set<String> goals,
            Set<String> interests) {
        return new Participant(name, REVERSE_MENTOR, directorate, lineManager, times, goals, interests);
    }

    static Participant leader(String name, String directorate, Set<String> times, Set<String> goals, Set<String> interests) {
        return new Participant(name, SENIOR_LEADER, directorate, null, times, goals, interests);
    }
}
