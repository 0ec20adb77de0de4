package vn.donthu.elasticsearch.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.testing.TestElasticsearch;

class ManagedNodeTest {

    @Test
    void aSecondStartFindsTheRunningNodeInsteadOfFailing() {
        TestElasticsearch.client();
        ManagedNode node = new ManagedNode(TestElasticsearch.nodeSettings());
        long pid = node.status().pid();

        assertThat(node.ensureRunning()).isEqualTo(node.url());

        ManagedNode.Status status = node.status();
        assertThat(status.running()).isTrue();
        assertThat(status.pid()).isEqualTo(pid);
        assertThat(status.health()).isIn("green", "yellow");
        assertThat(status.residentBytes()).isGreaterThan(100L * 1024 * 1024);
    }

    @Test
    void lettersSurviveAStopAndStart() throws Exception {
        ElasticsearchClient client = TestElasticsearch.client();
        IndexNames names = TestElasticsearch.createLettersIndex("restart");
        try {
            client.index(i -> i.index(names.lettersAlias()).id("a").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                    .document(Map.of("text", "Đơn khiếu nại về việc thu hồi đất")));
            ManagedNode node = new ManagedNode(TestElasticsearch.nodeSettings());

            assertThat(node.stop()).isTrue();
            assertThat(node.status().running()).isFalse();
            assertThat(node.stop()).isFalse();
            node.ensureRunning();

            assertThat(client.count(c -> c.index(names.lettersAlias())).count()).isEqualTo(1);
        } finally {
            TestElasticsearch.deleteIndices(names);
        }
    }

    @Test
    void aPortInUseIsRefusedWithTheWayOut(@TempDir Path dataDir) throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ManagedNode node = new ManagedNode(settings(dataDir, busy.getLocalPort(), TestElasticsearch.nodeSettings().distributionZip()));

            assertThatThrownBy(node::ensureRunning)
                    .isInstanceOf(ManagedNodeException.class)
                    .hasMessageContaining("port " + busy.getLocalPort() + " on 127.0.0.1 is in use")
                    .hasMessageContaining("DONTHU_ELASTICSEARCH_PORT=");
        }
    }

    @Test
    void aMissingDistributionSaysHowToFetchIt(@TempDir Path dataDir) throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        Path missing = dataDir.resolve("no-such-elasticsearch.zip");
        ManagedNode node = new ManagedNode(settings(dataDir, Math.min(freePort, 60000), missing));

        assertThatThrownBy(node::ensureRunning)
                .isInstanceOf(ManagedNodeException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("mvn dependency:get -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:");
    }

    @Test
    void settingsRejectNonsenseWithTheSettingName() {
        Settings bad = Settings.of(Map.of(ManagedNodeSettings.HEAP, "lots")::get, Map.of());
        assertThatThrownBy(() -> ManagedNodeSettings.from(bad)).hasMessageContaining("donthu.elasticsearch.heap");
        Settings badPort = Settings.of(Map.of(ManagedNodeSettings.PORT, "92OO")::get, Map.of());
        assertThatThrownBy(() -> ManagedNodeSettings.from(badPort)).hasMessageContaining("donthu.elasticsearch.port");
    }

    private static ManagedNodeSettings settings(Path dataDir, int port, Path distribution) {
        return new ManagedNodeSettings(dataDir, port, "512m", distribution);
    }
}
