package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
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
        return Matters.found(client, alias, matter.letterIds(), List.of(LetterFields.RAW_TEXT), Letter.class);
    }
}
