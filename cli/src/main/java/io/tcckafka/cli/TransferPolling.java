package io.tcckafka.cli;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.TransferView;

/** Asks the orchestrator how a transfer stands, more and more slowly, until it has ended or the wait is over. */
final class TransferPolling {

    private final Api api;
    private final URI transfer;

    TransferPolling(Api api, URI transfer) {
        this.api = api;
        this.transfer = transfer;
    }

    /** The last answer: the transfer ended, or still in flight at the deadline. */
    HttpReply untilTerminal(Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        for (int attempt = 0;; attempt++) {
            HttpReply reply = api.get(transfer);
            if (reply.status() != 200) {
                throw ServiceCommand.unexpected(reply);
            }
            Duration left = Duration.between(Instant.now(), deadline);
            if (EventJson.read(reply.body(), TransferView.class).status().isTerminal() || left.isNegative()) {
                return reply;
            }
            pause(min(Backoff.POLLING.pause(attempt), left));
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(Math.max(1, pause.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.IN_FLIGHT, "interrupted while waiting for " + pause);
        }
    }
}
