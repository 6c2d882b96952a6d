package uk.nhs.eia.cluster;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every step the service answered with success: what must be there afterwards, whatever happened to the nodes. */
final class Acknowledged {

    record Start(long assessmentId, String node) {
    }

    record Completion(long assessmentId, String taskId, String stepKey, String node) {
    }

    private final Queue<Start> starts = new ConcurrentLinkedQueue<>();
    private final Queue<Completion> completions = new ConcurrentLinkedQueue<>();

    void started(long assessmentId, String node) {
        starts.add(new Start(assessmentId, node));
    }

    void completed(long assessmentId, String taskId, String stepKey, String node) {
        completions.add(new Completion(assessmentId, taskId, stepKey, node));
    }

    List<Start> starts() {
        return List.copyOf(starts);
    }

    List<Completion> completions() {
        return List.copyOf(completions);
    }
}
