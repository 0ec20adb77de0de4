package vn.donthu.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

    /** Creates or migrates the indices; returns the versioned letters index now behind the alias. */
    public String prepare(ElasticsearchClient client) {
        return new IndexMigrator(client, names, IndexSchema.letters(), replicas).migrate();
    }
}
