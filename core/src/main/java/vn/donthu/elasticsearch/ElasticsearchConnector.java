package vn.donthu.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.node.ManagedNode;
import vn.donthu.elasticsearch.node.ManagedNodeSettings;

/**
 * Decides where Elasticsearch is: the configured cluster, or else the managed node, which it starts
 * when needed. Everything above the returned client is the same code for both.
 */
public final class ElasticsearchConnector {

    private ElasticsearchConnector() {
    }

    public static ElasticsearchClient connect(Settings settings) {
        ConnectionSettings connection = ConnectionSettings.from(settings);
        if (!connection.external()) {
            URI url = new ManagedNode(ManagedNodeSettings.from(settings)).ensureRunning();
            connection = ConnectionSettings.to(url, connection.connections());
        }
        return ElasticsearchClients.create(connection);
    }
}
