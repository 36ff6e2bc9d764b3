package org.policydesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.policydesk.knowledge.ingestion.ReloadProgress;

/**
 * A reload's progress on one line of a terminal, rewritten in place ("Building the knowledge
 * base: embedding passages 120/400"), then cleared. Where there is no terminal it prints nothing,
 * so logs and scripts see only the result.
 */
final class ProgressLine implements ReloadProgress, AutoCloseable {

    /** How progress is shown: one line rewritten on a terminal, one line per step for scripts, or not at all. */
    enum Mode { auto, lines, none }

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean lines;
    private final String what;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean terminal, boolean lines, String what) {
        this.err = err;
        this.terminal = terminal;
        this.lines = lines;
        this.what = what;
    }

    /** On standard error, when the process has a terminal. */
    static ProgressLine onTerminal(PrintWriter err, String what) {
        return of(Mode.auto, err, what);
    }

    static ProgressLine of(Mode mode, PrintWriter err, String what) {
        return new ProgressLine(err, mode == Mode.auto && System.console() != null, mode == Mode.lines, what);
    }

    @Override
    public void update(String stage, int done, int total) {
        if (lines) {
            // For scripts (and the crash test) to follow a reload: one line per step, as it starts.
            err.println(total > 0 ? String.format(Locale.ROOT, "progress: %s %d/%d", stage, done, total) : "progress: " + stage);
            err.flush();
            return;
        }
        if (!terminal) {
            return;
        }
        String line = total > 0 ? String.format(Locale.ROOT, "%s: %s %d/%d", what, stage, done, total) : what + ": " + stage + "…";
        err.print("\r\033[K" + line);
        err.flush();
        shown = true;
    }

    @Override
    public void close() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
