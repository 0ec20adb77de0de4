package vn.donthu.elasticsearch.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: one real Elasticsearch node on 127.0.0.1, installed, started and stopped
 * by the project. Its folder persists between runs, and starting it again finds the running node
 * instead of failing. Every entry point holds a file lock, so a demo and a test run starting at the
 * same moment do not both launch a node.
 */
public final class ManagedNode {

    private static final Logger log = LoggerFactory.getLogger(ManagedNode.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    /** A snapshot of the node for {@code ./donthu es status}. */
    public record Status(boolean running, long pid, URI url, String health, long residentBytes, Path root) {
    }

    private final ManagedNodeSettings settings;
    private final NodeLayout layout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ManagedNode(ManagedNodeSettings settings) {
        this.settings = settings;
        this.layout = settings.layout();
    }

    public URI url() {
        return layout.url();
    }

    /** Starts the node unless it already runs with the current plugin build; returns its URL. */
    public URI ensureRunning() {
        return locked(() -> {
            NodeInstaller installer = new NodeInstaller(settings);
            Optional<ProcessHandle> running = runningProcess();
            if (running.isPresent()) {
                if (installer.upToDate()) {
                    awaitHealthy(running.get());
                    return layout.url();
                }
                log.info("A new build of the analysis plugin is here; restarting the managed node to install it");
                stopProcess(running.get());
            }
            refuseBusyPorts();
            log.info("Starting the managed Elasticsearch node in {} on {}", layout.root(), layout.url());
            installer.install();
            ProcessHandle process = launch();
            awaitHealthy(process);
            log.info("Managed Elasticsearch node is up at {} (pid {})", layout.url(), process.pid());
            return layout.url();
        });
    }

    /** Stops the node; returns false when it was not running. */
    public boolean stop() {
        return locked(() -> {
            Optional<ProcessHandle> running = runningProcess();
            running.ifPresent(this::stopProcess);
            return running.isPresent();
        });
    }

    public Status status() {
        Optional<ProcessHandle> running = runningProcess();
        if (running.isEmpty()) {
            return new Status(false, -1, layout.url(), "stopped", 0, layout.root());
        }
        long pid = running.get().pid();
        String health = clusterHealth(Duration.ofSeconds(2)).orElse("not answering");
        return new Status(true, pid, layout.url(), health, residentBytes(pid), layout.root());
    }

    private Optional<ProcessHandle> runningProcess() {
        Path pidFile = layout.pidFile();
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // A stale pid file may name a process that has since been reused by something else.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("org.elasticsearch")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private ProcessHandle launch() {
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                layout.home().resolve("bin/elasticsearch").toString(), "-d", "-p", layout.pidFile().toString()));
        for (String setting : List.of(
                "cluster.name=donthu",
                "node.name=donthu-managed",
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + layout.httpPort(),
                "transport.port=" + layout.transportPort(),
                "path.data=" + layout.data(),
                "path.logs=" + layout.logs(),
                // A loopback-only development node; a production cluster is configured by URL instead.
                "xpack.security.enabled=false")) {
            command.add("-E");
            command.add(setting);
        }
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        Commands.Result result = Commands.run(ServiceAccount.asServiceUser(environment, command),
                layout.home(), Map.of(), (int) START_TIMEOUT.toSeconds());
        if (!result.ok()) {
            throw new ManagedNodeException("Elasticsearch did not start (exit code " + result.exitCode() + "):\n"
                    + result.output().trim() + "\nSee the logs in " + layout.logs());
        }
        return runningProcess().orElseThrow(() -> new ManagedNodeException(
                "Elasticsearch started but left no running process behind; see the logs in " + layout.logs()));
    }

    private void awaitHealthy(ProcessHandle process) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ManagedNodeException("Elasticsearch stopped while starting; see the logs in " + layout.logs());
            }
            Optional<String> health = clusterHealth(Duration.ofSeconds(10));
            if (health.isPresent() && !"red".equals(health.get())) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new ManagedNodeException("Elasticsearch at " + layout.url() + " did not become usable within "
                + START_TIMEOUT.toMinutes() + " minutes; see the logs in " + layout.logs());
    }

    private Optional<String> clusterHealth(Duration wait) {
        URI uri = layout.url().resolve("/_cluster/health?wait_for_status=yellow&timeout=" + wait.toSeconds() + "s");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(wait.plusSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
            return status.find() ? Optional.of(status.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedNodeException("interrupted while waiting for Elasticsearch", e);
        }
    }

    private void refuseBusyPorts() {
        for (int port : List.of(layout.httpPort(), layout.transportPort())) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new ManagedNodeException("port " + port + " on 127.0.0.1 is in use by another program, so the "
                        + "managed Elasticsearch node of " + layout.root() + " cannot start. Stop that program, or give "
                        + "the node another port: DONTHU_ELASTICSEARCH_PORT=" + (layout.httpPort() + 10)
                        + " (its transport port is the HTTP port + 100)");
            }
        }
    }

    private void stopProcess(ProcessHandle process) {
        log.info("Stopping the managed Elasticsearch node (pid {})", process.pid());
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("Elasticsearch did not stop within {} s; killing it", STOP_TIMEOUT.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedNodeException("interrupted while stopping Elasticsearch", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not on Linux, or the process just ended
        }
        return -1;
    }

    private interface LockedAction<T> {
        T run() throws IOException;
    }

    private <T> T locked(LockedAction<T> action) {
        try {
            Files.createDirectories(layout.root());
            try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new ManagedNodeException("managed node folder " + layout.root() + ": " + e, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedNodeException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
