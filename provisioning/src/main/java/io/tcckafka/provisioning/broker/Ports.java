package io.tcckafka.provisioning.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Free TCP ports for brokers, services and links, each handed out once (two ports asked for one after the other never
 * collide, as the system's "any free port" once did in CI), and taken below Linux's ephemeral range (32768 and up) so
 * that a client's outgoing connection cannot sit on a broker's port while it restarts.
 */
public final class Ports {

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;

    private final Set<Integer> handedOut = new HashSet<>();
    private final Random random = new Random();

    public Ports() {
        this(List.of());
    }

    /** @param taken ports chosen elsewhere that nothing holds yet, never handed out */
    public Ports(Collection<Integer> taken) {
        handedOut.addAll(taken);
    }

    public synchronized int next() {
        for (int tries = 0; tries < 1_000; tries++) {
            int port = random.nextInt(LOWEST, HIGHEST);
            if (!handedOut.contains(port) && isFree(port)) {
                handedOut.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + HIGHEST);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
