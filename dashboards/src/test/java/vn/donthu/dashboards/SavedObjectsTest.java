package vn.donthu.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donthu.index.IndexNames;
import vn.donthu.index.Json;
import vn.donthu.testing.TestElasticsearch;

/** Kibana cannot run here, so its saved objects are checked against the mapping of a live index. */
class SavedObjectsTest {

    private static final Path KIBANA = Path.of("src", "main", "kibana");
    private static IndexNames names;
    private static Set<String> liveFields;

    @BeforeAll
    static void readLiveMapping() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();
        names = TestElasticsearch.createLettersIndex("dashboards");
        liveFields = new HashSet<>();
        client.indices().getMapping(m -> m.index(names.lettersAlias())).result().values()
                .forEach(index -> collect("", index.mappings().properties(), liveFields));
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void everyFieldTheSavedObjectsNameExistsInTheLiveMapping() throws IOException {
        List<String> named = new ArrayList<>();
        for (JsonNode object : savedObjects()) {
            JsonNode attributes = object.get("attributes");
            switch (object.get("type").asText()) {
                case "index-pattern" -> {
                    named.add(attributes.get("timeFieldName").asText());
                    Json.mapper().readTree(attributes.get("fieldAttrs").asText()).fieldNames().forEachRemaining(named::add);
                    Json.mapper().readTree(attributes.get("sourceFilters").asText()).forEach(f -> named.add(f.get("value").asText()));
                }
                case "search" -> {
                    attributes.get("columns").forEach(c -> named.add(c.asText()));
                    attributes.get("sort").forEach(s -> named.add(s.get(0).asText()));
                }
                default -> throw new AssertionError("no field check written for saved object type " + object.get("type"));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(liveFields).containsAll(named);
    }

    @Test
    void theDataViewReadsTheLettersAliasAndEveryReferenceResolves() throws IOException {
        List<JsonNode> objects = savedObjects();
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> ids.add(o.get("type").asText() + ":" + o.get("id").asText()));

        JsonNode dataView = objects.stream().filter(o -> o.get("type").asText().equals("index-pattern")).findFirst().orElseThrow();
        assertThat(dataView.get("attributes").get("title").asText()).isEqualTo(IndexNames.defaults().lettersAlias());
        for (JsonNode object : objects) {
            for (JsonNode reference : object.get("references")) {
                assertThat(ids).contains(reference.get("type").asText() + ":" + reference.get("id").asText());
            }
        }
    }

    private static List<JsonNode> savedObjects() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(KIBANA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        objects.add(Json.mapper().readTree(line));
                    }
                }
            }
        }
        return objects;
    }

    private static void collect(String prefix, Map<String, Property> properties, Set<String> into) {
        for (Map.Entry<String, Property> entry : properties.entrySet()) {
            String path = prefix + entry.getKey();
            into.add(path);
            Property property = entry.getValue();
            if (property.isObject()) {
                collect(path + ".", property.object().properties(), into);
            }
            Map<String, Property> subFields = subFields(property);
            subFields.keySet().forEach(sub -> into.add(path + "." + sub));
        }
    }

    private static Map<String, Property> subFields(Property property) {
        Object variant = property._get();
        if (variant instanceof co.elastic.clients.elasticsearch._types.mapping.PropertyBase base) {
            return base.fields();
        }
        return Map.of();
    }
}
