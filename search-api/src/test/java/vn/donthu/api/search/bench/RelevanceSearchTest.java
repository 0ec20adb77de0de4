package vn.donthu.api.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.api.access.Reader;
import vn.donthu.api.access.Role;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.api.search.LetterSearch;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.testing.TestElasticsearch;

/**
 * The benchmark's path end to end on a small generated archive in a real Elasticsearch: letters
 * imported as the benchmark imports them, judged queries typed without diacritics, run through the
 * API's search; each finds a letter it is after among its first ten results.
 */
class RelevanceSearchTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("relevance");
    private static List<JudgedQuery> queries;
    private static RelevanceBenchmark.Ranker search;

    @TempDir
    static Path work;

    @BeforeAll
    static void importLetters() throws Exception {
        ElasticsearchClient client = TestElasticsearch.client();
        IndexSettings indices = new IndexSettings(names, 0);
        indices.prepare(client);
        List<GeneratedLetter> letters = new CorpusGenerator(RelevanceBenchmark.SEED).generate(400);
        ImportedCorpus.index(client, names, letters, Map.of(), work, new PrintStream(PrintStream.nullOutputStream()));
        queries = JudgedQueries.build(letters, RelevanceBenchmark.SEED);
        search = RelevanceBenchmark.api(new LetterSearch(client, indices, new AuditTrail(client, indices)),
                new Reader("inspector", EnumSet.of(Role.INSPECTOR, Role.IDENTITY_READER)), ImportedCorpus.generatedIds(letters));
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name + place", "topic + place", "document number", "parcel", "abbreviation"})
    void aQueryTypedWithoutDiacriticsFindsItsLetterInTheFirstTen(String kind) throws Exception {
        JudgedQuery query = queries.stream().filter(q -> q.kind().equals(kind) && q.folded()).findFirst().orElseThrow();
        assertThat(query.text()).isEqualTo(VietnameseFolder.fold(query.text()));

        List<String> first = search.rank(query.text()).stream().limit(10).toList();

        assertThat(first).as("first ten for '%s'", query.text()).anyMatch(id -> query.grades().getOrDefault(id, 0) == 2);
        assertThat(RankingMetrics.ndcg(first, query.grades(), 10)).isPositive();
    }

    @Test
    void halfTheQueriesAreTypedWithoutDiacriticsAndEachHasALetterItIsAfter() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(100);
        assertThat(queries.stream().filter(JudgedQuery::folded).count()).isEqualTo(queries.size() / 2);
        assertThat(queries).allMatch(q -> q.grades().containsValue(2));
    }
}
