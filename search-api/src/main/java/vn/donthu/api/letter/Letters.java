package vn.donthu.api.letter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.Letter;

/** One letter by id, or a 400 for a malformed id and a 404 for an unknown one. */
@Component
class Letters {

    private final ElasticsearchClient client;
    private final String alias;

    Letters(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.alias = indices.names().lettersAlias();
    }

    Letter get(String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a letter id is the 64 hex digits of its SHA-256, not '" + id + "'");
        }
        try {
            GetResponse<Letter> letter = client.get(g -> g.index(alias).id(id), Letter.class);
            if (!letter.found()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no letter with id " + id);
            }
            return letter.source();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
