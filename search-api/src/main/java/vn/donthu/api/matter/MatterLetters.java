package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.Matter;

/** The letters of a matter, by id, without the uncorrected OCR text (never sent to anyone). */
@Component
class MatterLetters {

    private final ElasticsearchClient client;
    private final String alias;

    MatterLetters(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.alias = indices.names().lettersAlias();
    }

    String alias() {
        return alias;
    }

    Map<String, Letter> of(Matter matter) {
        Map<String, Letter> found = new HashMap<>();
        if (matter.letterIds().isEmpty()) {
            return found;
        }
        try {
            client.mget(m -> m.index(alias).ids(matter.letterIds()).sourceExcludes(LetterFields.RAW_TEXT), Letter.class).docs()
                    .forEach(d -> {
                        if (d.isResult() && d.result().found()) {
                            found.put(d.result().id(), d.result().source());
                        }
                    });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
