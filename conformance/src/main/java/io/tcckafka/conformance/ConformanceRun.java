package io.tcckafka.conformance;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.tcckafka.conformance.ConformanceCases.Case;

/** Runs the cases against one participant, one after the other, and reports each as it ends. */
public final class ConformanceRun implements AutoCloseable {

    /** How one case went: passed, or failed with what was expected and what happened. */
    public record Result(Case testCase, Duration took, String failure, List<String> notes) {

        public boolean passed() {
            return failure == null;
        }

        public String line() {
            String status = passed() ? "PASS" : "FAIL";
            StringBuilder line = new StringBuilder("%s  %-30s %6d ms  %s".formatted(status, testCase.name(),
                    took.toMillis(), testCase.shows()));
            if (!passed()) {
                line.append("\n        ").append(failure);
            }
            notes.forEach(note -> line.append("\n        note: ").append(note));
            return line.toString();
        }
    }

    private final ParticipantUnderTest target;
    private final BankChannel channel;
    private final AccountApi accounts;
    private final Optional<DeadLetters> deadLetters;

    public ConformanceRun(ParticipantUnderTest target) {
        this.target = target;
        this.channel = new BankChannel(target.bank(), target.coordinator());
        this.accounts = new AccountApi(target.accounts(), target.httpUser(), target.httpPassword());
        this.deadLetters = target.deadLetterReader().map(reader -> new DeadLetters(target.bank(), reader));
    }

    /** Every case, each reported to {@code onResult} as it ends. */
    public List<Result> runAll(Consumer<Result> onResult) {
        List<Result> results = new ArrayList<>();
        for (Case testCase : ConformanceCases.all()) {
            Result result = run(testCase);
            onResult.accept(result);
            results.add(result);
        }
        return results;
    }

    public Result run(Case testCase) {
        Bank bank = new Bank(target.bank(), channel, accounts, deadLetters);
        long started = System.nanoTime();
        String failure = null;
        try {
            testCase.body().run(bank);
        } catch (ConformanceFailure | IllegalStateException e) {
            failure = e.getMessage();
        }
        List<String> notes = new ArrayList<>(bank.notes());
        channel.unreadableReplies().forEach(reply -> notes.add("unreadable reply on the reply topic: " + reply));
        return new Result(testCase, Duration.ofNanos(System.nanoTime() - started), failure, notes);
    }

    /** The report's header, then a line per case as it ends, then the count; true when every case passed. */
    public boolean report(PrintStream out) {
        out.println("Conformance of bank " + target.bank() + " (commands on Kafka, accounts at " + target.accounts()
                + ")");
        List<Result> results = runAll(result -> out.println(result.line()));
        long failed = results.stream().filter(result -> !result.passed()).count();
        out.println(failed == 0 ? "All " + results.size() + " cases passed."
                : failed + " of " + results.size() + " cases failed.");
        return failed == 0;
    }

    @Override
    public void close() {
        deadLetters.ifPresent(DeadLetters::close);
        channel.close();
    }
}
