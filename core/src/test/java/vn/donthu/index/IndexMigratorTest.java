package vn.donthu.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.donthu.testing.TestElasticsearch;

class IndexMigratorTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.uniqueIndexNames("migrator");

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void createsTheVersionedIndexBehindTheAliasAndIsIdempotent() throws Exception {
        IndexSchema schema = IndexSchema.letters();

        String first = new IndexMigrator(client, names, schema, 0).migrate();
        String second = new IndexMigrator(client, names, schema, 0).migrate();

        assertThat(first).isEqualTo(second).isEqualTo(names.lettersIndex(schema.version()));
        assertThat(client.indices().getAlias(a -> a.name(names.lettersAlias())).result()).containsOnlyKeys(first);
        assertThat(client.indices().existsIndexTemplate(t -> t.name(names.lettersTemplate())).value()).isTrue();
    }

    @Test
    void aNewSchemaVersionCopiesEveryLetterAndMovesTheAliasKeepingTheOldIndex() throws Exception {
        IndexSchema v1 = IndexSchema.letters();
        new IndexMigrator(client, names, v1, 0).migrate();
        for (int i = 0; i < 1234; i++) {
            int n = i;
            client.index(x -> x.index(names.lettersAlias()).id("letter-" + n)
                    .document(Map.of("text", "Đơn kiến nghị số " + n + " về ô nhiễm môi trường")));
        }
        client.indices().refresh(r -> r.index(names.lettersAlias()));

        String target = new IndexMigrator(client, names, withVersion(v1, v1.version() + 1), 0).migrate();
        client.indices().refresh(r -> r.index(target));

        assertThat(target).isEqualTo(names.lettersIndex(v1.version() + 1));
        assertThat(client.indices().getAlias(a -> a.name(names.lettersAlias())).result()).containsOnlyKeys(target);
        assertThat(client.count(c -> c.index(names.lettersAlias())).count()).isEqualTo(1234);
        assertThat(client.count(c -> c.index(names.lettersIndex(v1.version()))).count()).isEqualTo(1234);
        client.index(x -> x.index(names.lettersAlias()).id("after").refresh(Refresh.True).document(Map.of("text", "mới")));
        assertThat(client.count(c -> c.index(target)).count()).isEqualTo(1235);
    }

    @Test
    void refusesToRunAgainstAnIndexFromANewerProgram() {
        IndexSchema v1 = IndexSchema.letters();
        new IndexMigrator(client, names, withVersion(v1, v1.version() + 5), 0).migrate();

        assertThatThrownBy(() -> new IndexMigrator(client, names, v1, 0).migrate())
                .hasMessageContaining("newer than this program");
    }

    private static IndexSchema withVersion(IndexSchema schema, int version) {
        ObjectNode mappings = schema.mappings().deepCopy();
        ((ObjectNode) mappings.get("_meta")).put("schema_version", version);
        return new IndexSchema(schema.name(), version, schema.settings(), mappings);
    }
}
