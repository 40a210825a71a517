package io.tcckafka.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Free TCP ports for the processes and links of a cluster, each handed out once, and taken below Linux's ephemeral
 * range (32768 and up) so that a client's outgoing connection cannot sit on a broker's port while it restarts.
 */
final class Ports {

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;

    private final Set<Integer> handedOut = new HashSet<>();
    private final Random random = new Random();

    synchronized int next() {
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
