package vn.donthu.elasticsearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import vn.donthu.config.Settings;

/**
 * What the managed node needs: where it lives (the folder persists between runs), its port and
 * heap, and the Elasticsearch distribution zip that Maven fetched.
 */
public record ManagedNodeSettings(Path dataDir, int httpPort, String heap, Path distributionZip) {

    public static final String DATA_DIR = "donthu.data-dir";
    public static final String PORT = "donthu.elasticsearch.port";
    public static final String HEAP = "donthu.elasticsearch.heap";
    public static final String DISTRIBUTION = "donthu.elasticsearch.distribution";
    public static final int DEFAULT_PORT = 9200;
    public static final String ELASTICSEARCH_VERSION = buildProperty("elasticsearch.version");

    public ManagedNodeSettings {
        if (httpPort < 1024 || httpPort > 65000) {
            throw new IllegalArgumentException(PORT + " must be between 1024 and 65000, not " + httpPort);
        }
        if (!heap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException(HEAP + " must look like 512m or 2g, not '" + heap + "'");
        }
    }

    public static ManagedNodeSettings from(Settings settings) {
        return new ManagedNodeSettings(
                settings.get(DATA_DIR).map(Path::of).orElseGet(ManagedNodeSettings::defaultDataDir).toAbsolutePath(),
                settings.getInt(PORT, DEFAULT_PORT),
                settings.get(HEAP, "512m"),
                settings.get(DISTRIBUTION).map(Path::of).orElseGet(ManagedNodeSettings::distributionInLocalRepository));
    }

    /**
     * As root the node runs as a system user, which must be able to reach its folder: a path under
     * /root would not do, so root's default is the usual place for service data.
     */
    public static Path defaultDataDir() {
        if (ServiceAccount.runningAsRoot()) {
            return Path.of("/var/lib/donthu");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("donthu");
    }

    static Path distributionInLocalRepository() {
        String repository = System.getProperty("maven.repo.local");
        Path repo = repository != null && !repository.isBlank()
                ? Path.of(repository)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        String version = ELASTICSEARCH_VERSION;
        return repo.resolve(Path.of("org", "elasticsearch", "distribution", "integ-test-zip", "elasticsearch",
                version, "elasticsearch-" + version + ".zip"));
    }

    public NodeLayout layout() {
        return new NodeLayout(dataDir.resolve("elasticsearch"), httpPort);
    }

    private static String buildProperty(String name) {
        try (InputStream in = ManagedNodeSettings.class.getResourceAsStream("distribution.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
