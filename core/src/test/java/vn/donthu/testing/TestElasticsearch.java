package vn.donthu.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ConnectionSettings;
import vn.donthu.elasticsearch.ElasticsearchClients;
import vn.donthu.elasticsearch.node.ManagedNode;
import vn.donthu.elasticsearch.node.ManagedNodeSettings;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;

/**
 * The real Elasticsearch node that tests talk to: a managed node of its own (port 9201, a data
 * folder beside the demo's), started by the first test that needs it and reused by every test JVM
 * after it. {@code ./donthu test} stops it at the end. {@code DONTHU_TEST_ES_PORT} and
 * {@code DONTHU_TEST_ES_DATA_DIR} give a second checkout a node of its own, so that two builds on one
 * machine do not restart each other's node with their own plugin build.
 */
public final class TestElasticsearch {

    public static final int PORT = Settings.system().getInt("donthu.test.es.port", 9201);
    private static ElasticsearchClient client;

    private TestElasticsearch() {
    }

    public static ManagedNodeSettings nodeSettings() {
        return ManagedNodeSettings.from(Settings.system().withOverrides(Map.of(
                ManagedNodeSettings.DATA_DIR, dataDir().toString(),
                ManagedNodeSettings.PORT, Integer.toString(PORT))));
    }

    public static Path dataDir() {
        String configured = Settings.system().get("donthu.test.es.data.dir", null);
        if (configured != null) {
            return Path.of(configured);
        }
        Path base = ManagedNodeSettings.defaultDataDir();
        return base.resolveSibling(base.getFileName() + "-test");
    }

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            client = ElasticsearchClients.create(ConnectionSettings.to(url()));
        }
        return client;
    }

    /** The test node's URL, once it runs. */
    public static URI url() {
        return new ManagedNode(nodeSettings()).ensureRunning();
    }

    /** Index names no other test uses, so test classes never see each other's letters. */
    public static IndexNames uniqueIndexNames(String purpose) {
        return new IndexNames("test-" + purpose.toLowerCase(Locale.ROOT) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000)));
    }

    /**
     * Creates the letters index for these names, with every other index of {@link vn.donthu.index.IndexSchema#all()}
     * (matters, ...) that ingest writes beside it, as the application does at start.
     */
    public static IndexNames createLettersIndex(String purpose) {
        IndexNames names = uniqueIndexNames(purpose);
        new IndexSettings(names, 0).prepare(client());
        return names;
    }

    /** Deletes the indices and templates of every kind (letters, visits, ...) under these names. */
    public static void deleteIndices(IndexNames names) {
        new IndexSettings(names, 0).delete(client());
    }
}
