package uk.nhs.eia.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spreads requests over the nodes in turn, as a load balancer would, and leaves out for a few seconds a node that
 * refused a connection (a passive health check), so a dead node stops getting requests.
 */
final class Balancer {

    private static final long LEAVE_OUT_MILLIS = 3000;

    private final List<ServiceNode> nodes;
    private final AtomicInteger turn = new AtomicInteger();
    private final Map<ServiceNode, Long> leftOutUntil = new ConcurrentHashMap<>();

    Balancer(List<ServiceNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    ServiceNode next() {
        long now = System.currentTimeMillis();
        for (int tried = 0; tried < nodes.size(); tried++) {
            ServiceNode node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            if (leftOutUntil.getOrDefault(node, 0L) <= now) {
                return node;
            }
        }
        return nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
    }

    void unreachable(ServiceNode node) {
        leftOutUntil.put(node, System.currentTimeMillis() + LEAVE_OUT_MILLIS);
    }
}
