package io.tcckafka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.Identifiers;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the commands share: the connection options, where to print, and how to read an answer. */
abstract class ServiceCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void print(List<String> lines) {
        lines.forEach(out()::println);
        out().flush();
    }

    void print(String line) {
        print(List.of(line));
    }

    /** The body as it came, for {@code --json}. */
    void printJson(HttpReply reply) {
        print(reply.body().strip());
    }

    static <T> T read(HttpReply reply, Class<T> type) {
        try {
            return EventJson.read(reply.body(), type);
        } catch (RuntimeException notThatType) {
            throw CliFailure.unreachable(reply.uri() + " answered " + reply.status() + " with what is not a "
                    + type.getSimpleName() + ": " + notThatType.getMessage());
        }
    }

    /** An answer no command expects: a 4xx is the request's fault (exit 1), anything else the service's (exit 2). */
    static CliFailure unexpected(HttpReply reply) {
        String message = reply.uri() + " answered " + reply.status() + ": " + reply.problem();
        return reply.status() >= 400 && reply.status() < 500 ? CliFailure.usage(message)
                : CliFailure.unreachable(message);
    }

    static String checkedId(String what, String id) {
        if (!Identifiers.isValid(id)) {
            throw CliFailure.usage("not a " + what + ": '" + id + "' (" + Identifiers.RULE + ")");
        }
        return id;
    }
}
