package vn.donthu.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One index definition (settings and mapping) read from {@code NAME.json} beside this class, the
 * single place where that index's fields are declared. Its {@code _meta.schema_version} is bumped on
 * every mapping change, which makes the next start build a new versioned index and move the alias.
 *
 * @param name the index's kind ("letters", "matters", ...), the middle of its alias {@code PREFIX-NAME}
 */
public record IndexSchema(String name, int version, ObjectNode settings, ObjectNode mappings) {

    /** The kinds of index the application keeps, each declared in its own {@code NAME.json}. */
    private static final List<String> KINDS = List.of("letters", "matters", "visits", "users", "audit");

    /** Every index the application keeps; the start of the application brings each one up to date. */
    public static List<IndexSchema> all() {
        return KINDS.stream().map(IndexSchema::named).toList();
    }

    public static IndexSchema letters() {
        return named("letters");
    }

    /** The schema in {@code NAME.json}. */
    public static IndexSchema named(String name) {
        String file = name + ".json";
        try (InputStream in = IndexSchema.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            JsonNode root = Json.mapper().readTree(in);
            ObjectNode mappings = (ObjectNode) root.get("mappings");
            return new IndexSchema(name, mappings.get("_meta").get("schema_version").asInt(),
                    (ObjectNode) root.get("settings"), mappings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings with the replica count this cluster wants (0 on a single managed node). */
    public ObjectNode settingsWithReplicas(int replicas) {
        ObjectNode copy = settings.deepCopy();
        ((ObjectNode) copy.get("index")).put("number_of_replicas", replicas);
        return copy;
    }
}
