package vn.donthu.elasticsearch.node;

import java.io.PrintStream;
import vn.donthu.config.Settings;

/** {@code ./donthu es start|stop|status}: the managed node from the command line. */
public final class NodeCommand {

    static final String USAGE = """
            Usage: ./donthu es start|stop|status

            Manages the embedded Elasticsearch node (used when donthu.elasticsearch.url is not set).
              start    install (first time) and start the node; finds an already running node
              stop     stop the node; its data stays in the data folder
              status   say whether it runs, where, and how much memory it holds

            Settings (environment variable or -D system property):
              DONTHU_DATA_DIR                 folder for the node's installation and data (default %s)
              DONTHU_ELASTICSEARCH_PORT       HTTP port on 127.0.0.1 (default %d; transport uses port + 100)
              DONTHU_ELASTICSEARCH_HEAP       heap size (default 512m)
              DONTHU_ELASTICSEARCH_DISTRIBUTION  the Elasticsearch zip (default: the one Maven fetched)
            """;

    private NodeCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 1 || args[0].equals("--help") || args[0].equals("-h")) {
            out.printf(USAGE, ManagedNodeSettings.defaultDataDir(), ManagedNodeSettings.DEFAULT_PORT);
            return args.length == 1 ? 0 : 2;
        }
        ManagedNode node = new ManagedNode(ManagedNodeSettings.from(Settings.system()));
        switch (args[0]) {
            case "start" -> out.println("Elasticsearch is running at " + node.ensureRunning());
            case "stop" -> out.println(node.stop() ? "Elasticsearch stopped" : "Elasticsearch was not running");
            case "status" -> out.println(describe(node.status()));
            default -> {
                out.printf(USAGE, ManagedNodeSettings.defaultDataDir(), ManagedNodeSettings.DEFAULT_PORT);
                return 2;
            }
        }
        return 0;
    }

    static String describe(ManagedNode.Status status) {
        if (!status.running()) {
            return "Elasticsearch is stopped (folder " + status.root() + ")";
        }
        return "Elasticsearch is running at " + status.url() + ", pid " + status.pid() + ", cluster " + status.health()
                + ", resident memory " + (status.residentBytes() < 0 ? "unknown" : status.residentBytes() / (1024 * 1024) + " MiB")
                + ", folder " + status.root();
    }
}
