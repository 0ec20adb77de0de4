package vn.donthu.elasticsearch.node;

import java.net.URI;
import java.nio.file.Path;

/** Where a managed node keeps its installation, data, logs and pid file. */
public record NodeLayout(Path root, int httpPort) {

    public Path home() {
        return root.resolve("home");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path pidFile() {
        return root.resolve("node.pid");
    }

    public Path installMarker() {
        return home().resolve(".donthu-install");
    }

    public Path lockFile() {
        return root.resolve(".lock");
    }

    public Path pluginCopy() {
        return root.resolve("donthu-analysis-plugin.zip");
    }

    /** Transport is bound too; keep it beside the HTTP port so two managed nodes never collide. */
    public int transportPort() {
        return httpPort + 100;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }
}
