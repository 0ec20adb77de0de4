package vn.donthu.elasticsearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.donthu.letter.ContentHash;

/**
 * Installs the Elasticsearch distribution into the node's home and our analysis plugin into it.
 * The install marker records what was installed, so an unchanged install is left alone and a new
 * build of the plugin replaces the old one.
 */
final class NodeInstaller {

    /** The plugin zip built by the analyzers module, bundled inside this jar. */
    static final String BUNDLED_PLUGIN = "donthu-analysis-plugin.zip";
    private static final String PLUGIN_NAME = "donthu-analysis";

    private final ManagedNodeSettings settings;
    private final NodeLayout layout;

    NodeInstaller(ManagedNodeSettings settings) {
        this.settings = settings;
        this.layout = settings.layout();
    }

    /** True when the home holds this distribution and this exact plugin build. */
    boolean upToDate() {
        Properties marker = readMarker();
        return ManagedNodeSettings.ELASTICSEARCH_VERSION.equals(marker.getProperty("distribution"))
                && bundledPluginSha256().equals(marker.getProperty("plugin-sha256"));
    }

    void install() throws IOException {
        Files.createDirectories(layout.root());
        Properties marker = readMarker();
        if (!ManagedNodeSettings.ELASTICSEARCH_VERSION.equals(marker.getProperty("distribution"))) {
            unpackDistribution();
            marker = new Properties();
        }
        Files.createDirectories(layout.data());
        Files.createDirectories(layout.logs());
        String pluginSha = bundledPluginSha256();
        if (!pluginSha.equals(marker.getProperty("plugin-sha256"))) {
            installPlugin();
        }
        marker.setProperty("distribution", ManagedNodeSettings.ELASTICSEARCH_VERSION);
        marker.setProperty("plugin-sha256", pluginSha);
        try (var out = Files.newOutputStream(layout.installMarker())) {
            marker.store(out, "what donthu installed into this Elasticsearch home");
        }
        ServiceAccount.prepare(layout.root());
    }

    private void unpackDistribution() throws IOException {
        Path zip = settings.distributionZip();
        if (!Files.isReadable(zip)) {
            throw new ManagedNodeException("the Elasticsearch distribution is not at " + zip
                    + ". Fetch it with: mvn dependency:get -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:"
                    + ManagedNodeSettings.ELASTICSEARCH_VERSION + ":zip (./donthu does this), or set "
                    + ManagedNodeSettings.DISTRIBUTION + " to the zip's path");
        }
        Path staging = layout.root().resolve("home.unpacking");
        deleteRecursively(staging);
        String prefix = "elasticsearch-" + ManagedNodeSettings.ELASTICSEARCH_VERSION + "/";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : entry.getName();
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging)) {
                    throw new ManagedNodeException("the distribution zip " + zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new ManagedNodeException("could not unpack " + zip + " (" + e.getMessage()
                    + "); delete it so that Maven downloads it again", e);
        }
        // Zip entries carry no Unix permissions for java.util.zip; the launch scripts must be executable.
        try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
        deleteRecursively(layout.home());
        Files.move(staging, layout.home());
    }

    private void installPlugin() throws IOException {
        try (InputStream plugin = bundledPlugin()) {
            Files.copy(plugin, layout.pluginCopy(), StandardCopyOption.REPLACE_EXISTING);
        }
        deleteRecursively(layout.home().resolve("plugins").resolve(PLUGIN_NAME));
        ServiceAccount.prepare(layout.root());
        Commands.Result result = Commands.run(
                ServiceAccount.asServiceUser(Map.of("ES_JAVA_HOME", System.getProperty("java.home")),
                        List.of(layout.home().resolve("bin/elasticsearch-plugin").toString(),
                                "install", "--batch", layout.pluginCopy().toUri().toString())),
                layout.home(), Map.of(), 300);
        if (!result.ok()) {
            throw new ManagedNodeException("installing the donthu analysis plugin into Elasticsearch failed:\n"
                    + result.output().trim());
        }
    }

    static InputStream bundledPlugin() {
        InputStream in = NodeInstaller.class.getResourceAsStream(BUNDLED_PLUGIN);
        if (in == null) {
            throw new ManagedNodeException("the analysis plugin is missing from this build (" + BUNDLED_PLUGIN
                    + "); rebuild with ./donthu build");
        }
        return in;
    }

    static String bundledPluginSha256() {
        try {
            return ContentHash.of(bundledPlugin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties readMarker() {
        Properties marker = new Properties();
        if (Files.isRegularFile(layout.installMarker())) {
            try (var in = Files.newInputStream(layout.installMarker())) {
                marker.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return marker;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
