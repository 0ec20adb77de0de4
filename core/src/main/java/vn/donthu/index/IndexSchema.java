package vn.donthu.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The letters index definition (settings and mapping) read from {@code letters.json}, the single
 * place where fields are declared. Its {@code _meta.schema_version} is bumped on every mapping
 * change, which makes the next start build a new versioned index and move the alias to it.
 */
public record IndexSchema(int version, ObjectNode settings, ObjectNode mappings) {

    public static IndexSchema letters() {
        try (InputStream in = IndexSchema.class.getResourceAsStream("letters.json")) {
            if (in == null) {
                throw new IllegalStateException("letters.json is missing from the classpath");
            }
            JsonNode root = Json.mapper().readTree(in);
            ObjectNode mappings = (ObjectNode) root.get("mappings");
            return new IndexSchema(mappings.get("_meta").get("schema_version").asInt(),
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
