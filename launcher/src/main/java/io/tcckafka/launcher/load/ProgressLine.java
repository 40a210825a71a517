package io.tcckafka.launcher.load;

import java.io.OutputStream;
import java.io.PrintStream;

/** One console line rewritten in place: {@code [label] ##########---------- 12/75 s  text}. */
public final class ProgressLine {

    private static final int WIDTH = 30;
    private final PrintStream out;

    public ProgressLine(PrintStream out) {
        this.out = out;
    }

    /** A line that shows nothing: for a load that runs while other things are printed. */
    public static ProgressLine silent() {
        return new ProgressLine(new PrintStream(OutputStream.nullOutputStream()));
    }

    public static String render(String label, long elapsedSeconds, long totalSeconds, String text) {
        int done = totalSeconds <= 0 ? WIDTH : (int) Math.min(WIDTH, elapsedSeconds * WIDTH / totalSeconds);
        return "[" + label + "] " + "#".repeat(done) + "-".repeat(WIDTH - done) + " " + elapsedSeconds + "/"
                + totalSeconds + " s  " + text;
    }

    public synchronized void show(String label, long elapsedSeconds, long totalSeconds, String text) {
        out.print("\r" + String.format("%-110s", render(label, elapsedSeconds, totalSeconds, text)));
        out.flush();
    }

    public synchronized void finish() {
        out.println();
    }
}
