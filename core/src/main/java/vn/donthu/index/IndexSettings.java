package vn.donthu.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ConnectionSettings;

/** Which indices this installation uses and how many replicas they get. */
public record IndexSettings(IndexNames names, int replicas) {

    public static final String PREFIX = "donthu.index.prefix";
    public static final String REPLICAS = "donthu.index.replicas";

    public static IndexSettings from(Settings settings) {
        // One managed node has nowhere to put a replica; a real cluster should keep one.
        int defaultReplicas = ConnectionSettings.from(settings).external() ? 1 : 0;
        return new IndexSettings(new IndexNames(settings.get(PREFIX, "donthu")), settings.getInt(REPLICAS, defaultReplicas));
    }

    /** Creates or migrates every index of {@link IndexSchema#all()}; returns the versioned letters index now behind its alias. */
    public String prepare(ElasticsearchClient client) {
        String letters = null;
        for (IndexSchema schema : IndexSchema.all()) {
            String index = new IndexMigrator(client, names, schema, replicas).migrate();
            if (schema.name().equals("letters")) {
                letters = index;
            }
        }
        return letters;
    }

    /**
     * Deletes the indices and templates of every kind under these names: for benchmarks and tests,
     * which work in indices of their own.
     */
    public void delete(ElasticsearchClient client) {
        try {
            for (IndexSchema schema : IndexSchema.all()) {
                String kind = schema.name();
                // Elasticsearch 8 refuses wildcard deletes (action.destructive_requires_name), so name each index.
                List<String> indices = List.copyOf(client.indices()
                        .get(g -> g.index(names.alias(kind) + "-v*").allowNoIndices(true)).result().keySet());
                if (!indices.isEmpty()) {
                    client.indices().delete(d -> d.index(indices));
                }
                if (client.indices().existsIndexTemplate(e -> e.name(names.template(kind))).value()) {
                    client.indices().deleteIndexTemplate(d -> d.name(names.template(kind)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
