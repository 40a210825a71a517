package io.tcckafka.bench;

import java.io.PrintStream;

/** One console line rewritten in place: {@code [label] ##########---------- 12/75 s  text}. */
final class ProgressLine {

    private static final int WIDTH = 30;
    private final PrintStream out;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    static String render(String label, long elapsedSeconds, long totalSeconds, String text) {
        int done = totalSeconds <= 0 ? WIDTH : (int) Math.min(WIDTH, elapsedSeconds * WIDTH / totalSeconds);
        return "[" + label + "] " + "#".repeat(done) + "-".repeat(WIDTH - done) + " " + elapsedSeconds + "/"
                + totalSeconds + " s  " + text;
    }

    synchronized void show(String label, long elapsedSeconds, long totalSeconds, String text) {
        out.print("\r" + String.format("%-110s", render(label, elapsedSeconds, totalSeconds, text)));
        out.flush();
    }

    synchronized void finish() {
        out.println();
    }
}
