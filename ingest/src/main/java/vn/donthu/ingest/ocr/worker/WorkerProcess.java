package vn.donthu.ingest.ocr.worker;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.donthu.ingest.ocr.OcrFailedException;
import vn.donthu.ingest.ocr.OcrPage;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrUnavailableException;

/**
 * Ingest's side of one OCR worker process. A page that takes longer than the page timeout, a
 * worker whose resident memory passes the limit, or a worker that dies mid-page fails that page
 * with the reason; the worker is killed and a fresh one starts for the next page. One page at a
 * time: callers take turns through {@link vn.donthu.ingest.ocr.OcrWorkers}.
 */
public final class WorkerProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final long WATCH_MILLIS = 200;

    private final OcrSettings settings;
    private final Path log;
    private final ExecutorService pipe = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ocr-worker-pipe");
        thread.setDaemon(true);
        return thread;
    });
    private Process process;
    private DataOutputStream requests;
    private DataInputStream replies;

    public WorkerProcess(OcrSettings settings, Path log) {
        this.settings = settings;
        this.log = log;
    }

    /** The worker's process id while it runs. */
    public OptionalLong pid() {
        Process running = process;
        return running != null && running.isAlive() ? OptionalLong.of(running.pid()) : OptionalLong.empty();
    }

    public OcrPage recognise(BufferedImage gray, int dpi, int cleanupMask) throws OcrFailedException {
        ensureStarted();
        Future<WorkerProtocol.Reply> reply = pipe.submit(() -> {
            WorkerProtocol.writeRequest(requests, new WorkerProtocol.Request(cleanupMask, dpi, gray));
            return WorkerProtocol.readReply(replies);
        });
        WorkerProtocol.Reply answer = await(reply, settings.pageTimeout(), true);
        if (answer.kind() == WorkerProtocol.ERROR) {
            throw new OcrFailedException(answer.text());
        }
        return new OcrPage(answer.text(), answer.text(), answer.confidence());
    }

    private void ensureStarted() {
        if (process != null && process.isAlive()) {
            return;
        }
        stop();
        try {
            ProcessBuilder builder = new ProcessBuilder(WorkerCommand.of(settings));
            Map<String, String> environment = builder.environment();
            // One thread per engine: OpenMP threads in Tesseract slow each other down (PLATFORM.md).
            environment.put("OMP_THREAD_LIMIT", "1");
            builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
            requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            replies = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
            WorkerProtocol.Reply ready = await(pipe.submit(() -> WorkerProtocol.readReply(replies)), STARTUP_TIMEOUT, false);
            if (ready.kind() != WorkerProtocol.READY) {
                throw new OcrUnavailableException("the OCR worker could not start: " + ready.text(), null);
            }
        } catch (IOException | OcrFailedException e) {
            stop();
            throw new OcrUnavailableException("the OCR worker could not start: " + e.getMessage() + lastLog(), e);
        }
    }

    /** Waits for the worker's reply, killing the worker when it hangs, bloats or dies. */
    private WorkerProtocol.Reply await(Future<WorkerProtocol.Reply> reply, Duration timeout, boolean watchMemory)
            throws OcrFailedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return reply.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    stop();
                    throw new OcrFailedException("OCR timed out after " + timeout.toSeconds() + " s");
                }
                long rss = residentMb(process.pid());
                if (watchMemory && rss > settings.workerMaxRssMb()) {
                    stop();
                    throw new OcrFailedException("the OCR worker used " + rss + " MB of memory, more than the "
                            + settings.workerMaxRssMb() + " MB allowed");
                }
            } catch (ExecutionException e) {
                String death = death();
                stop();
                throw new OcrFailedException("the OCR worker " + death + " (" + e.getCause().getMessage() + ")");
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
                throw new OcrFailedException("interrupted while OCRing");
            }
        }
    }

    /** How the worker ended: a native crash shows as a signal (SIGSEGV 11, SIGABRT 6, SIGKILL 9). */
    private String death() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                return "stopped answering";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "stopped answering";
        }
        int code = process.exitValue();
        return code > 128 ? "crashed (killed by signal " + (code - 128) + ")" : "exited with code " + code;
    }

    private static long residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process just ended: the timeout still guards the page.
        }
        return 0;
    }

    private String lastLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.isEmpty() ? "" : "; its log " + log + " ends with: "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                requests.close();
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // It is killed below either way.
            }
        }
        stop();
        pipe.shutdownNow();
    }
}
