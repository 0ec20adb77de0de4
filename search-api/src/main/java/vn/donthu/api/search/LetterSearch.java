package vn.donthu.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.donthu.api.search.query.LetterQueryBuilder;
import vn.donthu.api.search.query.UserQuery;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;

/**
 * Full-text search over letters: what the user typed ({@link UserQuery}: words, "phrases",
 * -exclusions, OR; never an error) becomes a query over the text as written, its words and its
 * folded form ({@link LetterQueryBuilder}), and the hits come back with highlighted passages.
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

    LetterSearchResult search(String typed, int page, int size) {
        UserQuery query = UserQuery.parse(typed);
        if (query.isEmpty()) {
            throw new IllegalArgumentException("the query '" + typed + "' has no words to search for, only exclusions or operators");
        }
        try {
            SearchResponse<Letter> response = client.search(s -> s
                    .index(alias)
                    .from(page * size)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes(LetterFields.TEXT)))
                    .query(LetterQueryBuilder.build(query))
                    .highlight(h -> h
                            .encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fragmentSize(SNIPPET_CHARS)
                            .numberOfFragments(SNIPPETS)
                            .fields(LetterFields.TEXT, hf -> hf)
                            .fields(LetterFields.TEXT_WORDS, hf -> hf)
                            .fields(LetterFields.TEXT_FOLDED, hf -> hf)), Letter.class);
            List<LetterHit> hits = response.hits().hits().stream().map(LetterSearch::toHit).toList();
            return new LetterSearchResult(typed, response.hits().total().value(), page, size, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LetterHit toHit(Hit<Letter> hit) {
        Letter letter = hit.source();
        // Exact-form fragments first: they highlight the words as typed; the folded ones cover queries without diacritics.
        List<String> snippets = List.of();
        for (String field : List.of(LetterFields.TEXT, LetterFields.TEXT_WORDS, LetterFields.TEXT_FOLDED)) {
            snippets = hit.highlight().getOrDefault(field, List.of());
            if (!snippets.isEmpty()) {
                break;
            }
        }
        return new LetterHit(letter.id(), letter.fileName(), letter.sourcePath(), letter.mediaType(), letter.pageCount(),
                letter.extractionMethod(), letter.ocrConfidence(), letter.ingestedAt(),
                hit.score() == null ? 0 : hit.score(), snippets);
    }
}
