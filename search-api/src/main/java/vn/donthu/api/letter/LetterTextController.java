package vn.donthu.api.letter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.Letter;

/** The extracted text of one letter, as stored, so that a reader can check what OCR made of a scan. */
@RestController
@RequestMapping("/api/letters")
class LetterTextController {

    private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final ElasticsearchClient client;
    private final String alias;

    LetterTextController(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.alias = indices.names().lettersAlias();
    }

    @GetMapping("/{id}/text")
    ResponseEntity<String> text(@PathVariable String id) throws IOException {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a letter id is the 64 hex digits of its SHA-256, not '" + id + "'");
        }
        GetResponse<Letter> letter = client.get(g -> g.index(alias).id(id), Letter.class);
        if (!letter.found()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no letter with id " + id);
        }
        return ResponseEntity.ok().contentType(TEXT_UTF8)
                .header("X-Source-Path", letter.source().sourcePath())
                .body(letter.source().text());
    }
}
