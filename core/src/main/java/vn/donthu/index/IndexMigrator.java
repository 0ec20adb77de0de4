package vn.donthu.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the cluster to the current index schema at start: the index template, the versioned index
 * and the alias that everyone reads and writes through. When the schema version has grown, the
 * documents are copied into a new versioned index and the alias moves in one atomic step; the old
 * index is kept, so a mapping change never loses data.
 *
 * <p>The copy runs through the client ({@link DocumentScan} and bulk) rather than
 * {@code _reindex}, which the minimal Elasticsearch distribution does not ship.
 */
public final class IndexMigrator {

    private static final Logger log = LoggerFactory.getLogger(IndexMigrator.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexSchema schema;
    private final int replicas;

    public IndexMigrator(ElasticsearchClient client, IndexNames names, IndexSchema schema, int replicas) {
        this.client = client;
        this.names = names;
        this.schema = schema;
        this.replicas = replicas;
    }

    private String alias() {
        return names.alias(schema.name());
    }

    /** Returns the name of the versioned index the alias points to afterwards. */
    public String migrate() {
        try {
            putTemplate();
            String target = names.index(schema.name(), schema.version());
            Integer current = currentVersion();
            if (current == null) {
                createIndex(target, true);
            } else if (current < schema.version()) {
                upgrade(names.index(schema.name(), current), target);
            } else if (current > schema.version()) {
                throw new IllegalStateException("the index " + names.index(schema.name(), current) + " has schema version "
                        + current + ", newer than this program's " + schema.version() + "; upgrade donthu");
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the indices: " + e.getMessage(), e);
        }
    }

    private void putTemplate() throws IOException {
        ObjectNode template = Json.mapper().createObjectNode();
        template.putArray("index_patterns").add(alias() + "-v*");
        ObjectNode body = template.putObject("template");
        body.set("settings", schema.settingsWithReplicas(replicas));
        body.set("mappings", schema.mappings());
        template.putObject("_meta").put("schema_version", schema.version());
        client.indices().putIndexTemplate(t -> t.name(names.template(schema.name()))
                .withJson(new StringReader(template.toString())));
    }

    private Integer currentVersion() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            if (client.indices().exists(e -> e.index(alias())).value()) {
                throw new IllegalStateException("an index named " + alias()
                        + " exists where the alias should be; move its data away or choose another index prefix");
            }
            return null;
        }
        GetAliasResponse aliases = client.indices().getAlias(a -> a.name(alias()));
        Pattern versioned = Pattern.compile(Pattern.quote(alias()) + "-v(\\d+)");
        return aliases.result().keySet().stream()
                .map(versioned::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1)))
                .max(Integer::compare)
                .orElseThrow(() -> new IllegalStateException("the alias " + alias()
                        + " points to " + aliases.result().keySet() + ", not to a versioned index"));
    }

    private void createIndex(String index, boolean withAlias) throws IOException {
        try {
            // Settings and mappings come from the template, the one place they are written.
            client.indices().create(c -> {
                c.index(index);
                if (withAlias) {
                    c.aliases(alias(), a -> a.isWriteIndex(true));
                }
                return c;
            });
            log.info("Created index {}{}", index, withAlias ? " behind alias " + alias() : "");
        } catch (ElasticsearchException e) {
            // Two processes starting together: the other one created it first.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private void upgrade(String from, String to) throws IOException {
        log.info("Index schema changed: copying {} into {}", from, to);
        if (!client.indices().exists(e -> e.index(to)).value()) {
            createIndex(to, false);
        }
        long copied = copy(from, to);
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias())))
                .actions(a -> a.add(ad -> ad.index(to).alias(alias()).isWriteIndex(true))));
        log.info("Moved alias {} to {} after copying {} documents; {} is kept", alias(), to, copied, from);
    }

    private long copy(String from, String to) throws IOException {
        return DocumentScan.forEachPage(client, from, List.of(), hits -> {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (Hit<ObjectNode> hit : hits) {
                bulk.operations(op -> op.index(i -> i.index(to).id(hit.id()).document(hit.source())));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("copying " + from + " into " + to + " failed: "
                        + response.items().stream().filter(i -> i.error() != null).findFirst()
                        .map(i -> i.id() + ": " + i.error().reason()).orElse("unknown"));
            }
        });
    }
}
