package uk.nhs.eia.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import uk.nhs.eia.mentoring.Participant.Side;

/**
 * The best pairing of a cohort: as many pairs as the rules allow, and of those pairings the one with the highest total
 * {@link Compatibility} score, rather than pairs made first come, first served. It is an assignment problem, solved
 * by JGraphT's Kuhn-Munkres algorithm on the complete bipartite graph of reverse mentors and senior leaders, the
 * smaller side made up to the larger with stand-ins.
 */
public final class CohortPairing {

    private CohortPairing() {
    }

    /**
     * Proposes pairs for the cohort; everyone not paired is listed with the reason.
     *
     * @param participants each at most once, by username
     */
    public static ProposedPairing propose(List<Participant> participants) {
        List<Participant> mentors = participants.stream().filter(p -> p.side() == Side.REVERSE_MENTOR).toList();
        List<Participant> leaders = participants.stream().filter(p -> p.side() == Side.SENIOR_LEADER).toList();
        int size = Math.max(mentors.size(), leaders.size());
        if (mentors.isEmpty() || leaders.isEmpty()) {
            return new ProposedPairing(List.of(), unpaired(participants, List.of()));
        }
        // Every allowed pair is worth more than any pairing's total score, so the most pairs come first and, among
        // pairings with as many, the highest total. Costs are what each pair falls short of the most a pair is worth.
        int highestScore = 0;
        for (Participant mentor : mentors) {
            for (Participant leader : leaders) {
                if (Compatibility.whyNot(mentor, leader) == null) {
                    highestScore = Math.max(highestScore, Compatibility.score(mentor, leader));
                }
            }
        }
        double pairWorth = (double) highestScore * size + 1;
        double most = pairWorth + highestScore;
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> left = new LinkedHashSet<>();
        Set<String> right = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            left.add(vertex("m", i));
            right.add(vertex("l", i));
        }
        left.forEach(graph::addVertex);
        right.forEach(graph::addVertex);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double worth = 0;
                if (i < mentors.size() && j < leaders.size() && Compatibility.whyNot(mentors.get(i), leaders.get(j)) == null) {
                    worth = pairWorth + Compatibility.score(mentors.get(i), leaders.get(j));
                }
                graph.setEdgeWeight(graph.addEdge(vertex("m", i), vertex("l", j)), most - worth);
            }
        }
        Matching<String, DefaultWeightedEdge> matching =
                new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching();
        List<Pair> pairs = new ArrayList<>();
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            String one = graph.getEdgeSource(edge);
            String other = graph.getEdgeTarget(edge);
            int i = index(left.contains(one) ? one : other);
            int j = index(left.contains(one) ? other : one);
            if (i < mentors.size() && j < leaders.size()) {
                pairOf(mentors.get(i), leaders.get(j)).ifPresent(pairs::add);
            }
        }
        pairs.sort(Comparator.comparing((Pair pair) -> pair.mentor().username()));
        return new ProposedPairing(List.copyOf(pairs), unpaired(participants, pairs));
    }

    /**
     * A new partner for someone whose partner has left: of those not paired, the one on the other side they may be
     * paired with who fits best (the first by username of equals), or none.
     */
    public static Optional<Pair> partnerFor(Participant stayer, List<Participant> notPaired) {
        Side otherSide = stayer.side() == Side.REVERSE_MENTOR ? Side.SENIOR_LEADER : Side.REVERSE_MENTOR;
        return notPaired.stream().filter(other -> other.side() == otherSide)
                .map(other -> otherSide == Side.SENIOR_LEADER ? pairOf(stayer, other) : pairOf(other, stayer))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(Pair::score).reversed()
                        .thenComparing(pair -> (otherSide == Side.SENIOR_LEADER ? pair.leader() : pair.mentor()).username()));
    }

    /** The two as a pair with its score, when they may be paired. */
    private static Optional<Pair> pairOf(Participant mentor, Participant leader) {
        return Compatibility.whyNot(mentor, leader) == null
                ? Optional.of(new Pair(mentor, leader, Compatibility.score(mentor, leader))) : Optional.empty();
    }

    private static List<Unpaired> unpaired(List<Participant> participants, List<Pair> pairs) {
        Set<String> paired = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            paired.add(pair.mentor().username());
            paired.add(pair.leader().username());
        });
        return participants.stream().filter(p -> !paired.contains(p.username()))
                .map(p -> new Unpaired(p, whyUnpaired(p, participants))).toList();
    }

    /** Why someone is not in a pair, when they are not. */
    public static String whyUnpaired(Participant alone, List<Participant> participants) {
        List<Participant> others = participants.stream().filter(p -> p.side() != alone.side()).toList();
        if (others.isEmpty()) {
            return "No one applied as " + (alone.side() == Side.REVERSE_MENTOR ? "a senior leader" : "a reverse mentor");
        }
        boolean anyAllowed = others.stream().anyMatch(other -> alone.side() == Side.REVERSE_MENTOR
                ? Compatibility.whyNot(alone, other) == null : Compatibility.whyNot(other, alone) == null);
        return anyAllowed ? "Everyone they could be paired with is paired with someone else"
                : "No one on the other side can be paired with them: each is their line manager or shares no free time";
    }

    private static String vertex(String side, int index) {
        return side + index;
    }

    private static int index(String vertex) {
        return Integer.parseInt(vertex.substring(1));
    }

    /** A proposed pair and its score. */
    public record Pair(Participant mentor, Participant leader, int score) {
    }

    /** Someone left without a partner, and why. */
    public record Unpaired(Participant participant, String reason) {
    }

    /** The pairs proposed, and everyone left without a partner. */
    public record ProposedPairing(List<Pair> pairs, List<Unpaired> unpaired) {

        public int totalScore() {
            return pairs.stream().mapToInt(Pair::score).sum();
        }
    }
}
