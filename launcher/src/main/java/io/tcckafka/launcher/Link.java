package io.tcckafka.launcher;

import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * The TCP path from one application to the broker or the database, through a NetCrusher proxy in this JVM, so
 * that a test can break it the ways networks break: every connection reset at once, new connections refused,
 * or everything in flight stuck without an error.
 */
public final class Link {

    private final String name;
    private final int port;
    private final TcpCrusher proxy;

    Link(NioReactor reactor, String name, int port, int targetPort) {
        this.name = name;
        this.port = port;
        this.proxy = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("localhost", port)
                .withConnectAddress("localhost", targetPort)
                .withTcpNoDelay(true)
                .buildAndOpen();
    }

    /** Resets every open connection; new ones go through. */
    public void cut() {
        proxy.closeAllPairs();
    }

    /** Resets every open connection and refuses new ones until {@link #heal()}. */
    public void down() {
        if (proxy.isOpen()) {
            proxy.close();
        }
    }

    /** Bytes stop flowing both ways, connections stay open and nobody is told, until {@link #heal()}. */
    public void freeze() {
        if (proxy.isOpen() && !proxy.isFrozen()) {
            proxy.freeze();
        }
    }

    public void heal() {
        if (!proxy.isOpen()) {
            proxy.open();
        } else if (proxy.isFrozen()) {
            proxy.unfreeze();
        }
    }

    void close() {
        if (proxy.isOpen()) {
            proxy.close();
        }
    }

    int port() {
        return port;
    }

    public String name() {
        return name;
    }
}
