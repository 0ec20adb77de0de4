package vn.donthu.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.api.access.Reader;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;

/**
 * Which page each snippet of a list of hits stands on. Searches leave the letters' text out of
 * their hits, as it can be long: a letter of one page needs no text to say so, and the text of
 * the others, in the one form the reader sees, is fetched for them alone in one request.
 * (Elasticsearch's highlighter does not say where a fragment starts, and the managed node has no
 * scripting to find it there.)
 */
final class SnippetPages {

    /** The two forms of a letter's text, of which a request fetches the one the reader sees. */
    record Texts(String text, String redactedText) {
        String of(String field) {
            return field.equals(LetterFields.TEXT) ? text : redactedText;
        }
    }

    private final ElasticsearchClient client;
    private final String alias;

    SnippetPages(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The snippets of each hit, by letter id, placed on their pages. */
    Map<String, List<Snippet>> place(Reader reader, List<Hit<Letter>> hits) {
        Map<String, List<Snippet>> placed = new HashMap<>();
        Map<String, LetterHits.Fragments> several = new HashMap<>();
        for (Hit<Letter> hit : hits) {
            Letter letter = hit.source();
            LetterHits.Fragments fragments = LetterHits.fragments(reader, hit);
            if (letter.pages().size() == 1) {
                int page = letter.pages().get(0).number();
                placed.put(letter.id(), fragments.html().stream().map(html -> new Snippet(html, page)).toList());
            } else if (!fragments.html().isEmpty()) {
                several.put(letter.id(), fragments);
            }
        }
        if (several.isEmpty()) {
            return placed;
        }
        MgetResponse<Texts> texts;
        try {
            texts = client.mget(m -> {
                m.index(alias);
                several.forEach((id, fragments) -> m.docs(d -> d.id(id).source(s -> s.filter(f -> f.includes(fragments.sourceField())))));
                return m;
            }, Texts.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Texts> byId = new HashMap<>();
        texts.docs().stream().filter(d -> d.isResult() && d.result().found()).forEach(d -> byId.put(d.result().id(), d.result().source()));
        for (Hit<Letter> hit : hits) {
            LetterHits.Fragments fragments = several.get(hit.source().id());
            if (fragments != null) {
                Texts text = byId.get(hit.source().id());
                String content = text == null ? null : text.of(fragments.sourceField());
                placed.put(hit.source().id(), fragments.html().stream()
                        .map(html -> Snippet.locate(html, content, hit.source().pages())).toList());
            }
        }
        return placed;
    }
}
