package vn.donthu.elasticsearch.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch refuses to run as root. When we are root, the node runs as an unprivileged system
 * user that owns the node's folder; otherwise it runs as whoever we are.
 */
final class ServiceAccount {

    static final String USER = "donthu-es";

    private ServiceAccount() {
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Creates the system user if needed and hands it the node's folder. No-op when not root. */
    static void prepare(Path nodeRoot) {
        if (!runningAsRoot()) {
            return;
        }
        if (!Commands.run(List.of("id", "-u", USER)).ok()) {
            Commands.Result created = Commands.run(List.of("useradd", "--system", "--no-create-home",
                    "--home-dir", nodeRoot.toString(), "--shell", "/usr/sbin/nologin", USER));
            if (!created.ok()) {
                throw new ManagedNodeException("could not create the system user '" + USER
                        + "' that runs Elasticsearch (it refuses to run as root): " + created.output().trim());
            }
        }
        Commands.Result chown = Commands.run(List.of("chown", "-R", USER + ":", nodeRoot.toString()));
        if (!chown.ok()) {
            throw new ManagedNodeException("could not give " + nodeRoot + " to user " + USER + ": " + chown.output().trim());
        }
        if (!Commands.run(asServiceUser(List.of("test", "-w", nodeRoot.toString()))).ok()) {
            throw new ManagedNodeException("user " + USER + " cannot reach " + nodeRoot
                    + " (a parent folder is closed to other users). Choose a data folder it can reach, e.g. "
                    + "DONTHU_DATA_DIR=/var/lib/donthu");
        }
    }

    /** The command, run as the service user when we are root. */
    static List<String> asServiceUser(List<String> command) {
        return asServiceUser(Map.of(), command);
    }

    /**
     * The command with these environment variables, run as the service user when we are root.
     * The variables are set by {@code env} inside the user switch, because runuser may reset them.
     */
    static List<String> asServiceUser(Map<String, String> environment, List<String> command) {
        List<String> wrapped = new ArrayList<>();
        if (runningAsRoot()) {
            wrapped.addAll(List.of("runuser", "-u", USER, "--"));
        }
        if (!environment.isEmpty()) {
            wrapped.add("env");
            environment.forEach((name, value) -> wrapped.add(name + "=" + value));
        }
        wrapped.addAll(command);
        return wrapped;
    }
}
