package vn.donthu.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;

/**
 * Full-text search over letters. The query runs on the text as written and on its folded form,
 * with the written form weighted higher: "khieu nai" finds "khiếu nại", and a query typed with the
 * right diacritics ranks exact matches first. The query syntax is the user-safe one (words,
 * "phrases", -exclusions, OR), which never fails on malformed input.
 */
@Service
class LetterSearch {

    static final int SNIPPET_CHARS = 180;
    static final int SNIPPETS = 3;

    private final ElasticsearchClient client;
    private final String alias;

    LetterSearch(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.alias = indices.names().lettersAlias();
    }

    LetterSearchResult search(String query, int page, int size) {
        try {
            SearchResponse<Letter> response = client.search(s -> s
                    .index(alias)
                    .from(page * size)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes(LetterFields.TEXT)))
                    .query(q -> q.simpleQueryString(sq -> sq
                            .query(query)
                            .fields(LetterFields.TEXT + "^3", LetterFields.TEXT_FOLDED, "file_name.text^0.5")
                            .defaultOperator(Operator.And)
                            .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                                    SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence,
                                    SimpleQueryStringFlag.Whitespace)))
                    .highlight(h -> h
                            .encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fragmentSize(SNIPPET_CHARS)
                            .numberOfFragments(SNIPPETS)
                            .fields(LetterFields.TEXT, hf -> hf)
                            .fields(LetterFields.TEXT_FOLDED, hf -> hf)), Letter.class);
            List<LetterHit> hits = response.hits().hits().stream().map(LetterSearch::toHit).toList();
            return new LetterSearchResult(query, response.hits().total().value(), page, size, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LetterHit toHit(Hit<Letter> hit) {
        Letter letter = hit.source();
        // Exact-form fragments first: they highlight the words as typed; the folded ones cover queries without diacritics.
        List<String> snippets = hit.highlight().getOrDefault(LetterFields.TEXT,
                hit.highlight().getOrDefault(LetterFields.TEXT_FOLDED, List.of()));
        return new LetterHit(letter.id(), letter.fileName(), letter.sourcePath(), letter.mediaType(), letter.pageCount(),
                letter.extractionMethod(), letter.ocrConfidence(), letter.ingestedAt(),
                hit.score() == null ? 0 : hit.score(), snippets);
    }
}
