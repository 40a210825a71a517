package io.tcckafka.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs {@code tcc} in this JVM, as the launcher would, and keeps what it printed. */
record Tcc(int exit, String out, String err) {

    static Tcc run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TccMain.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Tcc(exit, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
