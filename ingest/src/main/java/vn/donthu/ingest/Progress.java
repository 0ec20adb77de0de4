package vn.donthu.ingest;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows how a run is going: one rewritten status line on a terminal, plain log lines otherwise
 * (CI logs, files), so neither gets flooded nor left silent.
 */
final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private int total;
    private int done;
    private int pages;
    private int failures;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    synchronized void start(int files) {
        total = files;
        out.println("Ingesting " + files + " files");
    }

    synchronized void fileDone(String path, int ocrPages, boolean failed, String what) {
        done++;
        pages += ocrPages;
        failures += failed ? 1 : 0;
        if (terminal) {
            out.print("\r" + line());
            if (done == total) {
                out.println();
            }
        } else {
            out.println(line() + " | " + what + ": " + path);
        }
        out.flush();
    }

    private String line() {
        double minutes = Math.max(1e-9, (System.nanoTime() - startNanos) / 60e9);
        double filesPerMinute = done / minutes;
        long etaSeconds = filesPerMinute > 0 ? Math.round((total - done) / filesPerMinute * 60) : 0;
        Duration eta = Duration.ofSeconds(etaSeconds);
        return String.format("[%d/%d files] %d pages OCRed, %.1f pages/min, ETA %d:%02d, %d failed",
                done, total, pages, pages / minutes, eta.toMinutes(), eta.toSecondsPart(), failures);
    }
}
