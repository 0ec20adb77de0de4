package vn.donthu.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donthu.letter.LetterFields;
import vn.donthu.testing.TestElasticsearch;

/** The mapping runs our Vietnamese analysis inside Elasticsearch: typed without diacritics, a letter is still found. */
class LettersMappingTest {

    private static final ElasticsearchClient client = TestElasticsearch.client();
    private static IndexNames names;

    @BeforeAll
    static void indexOneLetter() throws IOException {
        names = TestElasticsearch.createLettersIndex("mapping");
        client.index(i -> i.index(names.lettersAlias()).id("1").refresh(Refresh.True).document(Map.of(
                "text", "Đơn khiếu nại về việc Ủy ban nhân dân xã Tân Đức thu hồi đất đai của gia đình tôi")));
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void textWithoutDiacriticsFindsTheLetterThroughTheFoldedField() throws IOException {
        assertThat(hits(LetterFields.TEXT_FOLDED, "khieu nai dat dai tan duc")).isEqualTo(1);
        assertThat(hits(LetterFields.TEXT_FOLDED, "UY BAN NHAN DAN")).isEqualTo(1);
    }

    @Test
    void theMainFieldKeepsDiacriticsApart() throws IOException {
        assertThat(hits(LetterFields.TEXT, "khiếu nại")).isEqualTo(1);
        assertThat(hits(LetterFields.TEXT, "khieu nai")).isZero();
    }

    private long hits(String field, String query) throws IOException {
        return client.search(s -> s.index(names.lettersAlias())
                .query(q -> q.match(m -> m.field(field).query(query).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))),
                Void.class).hits().total().value();
    }
}
