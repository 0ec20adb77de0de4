package vn.donthu.ingest.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.letter.Letter;
import vn.donthu.matter.deadline.DeadlineRules;

/**
 * The ingest step after indexing: puts newly indexed letters into matters. Only the matters these
 * letters may join are read from the index, so the cost of a batch does not grow with the archive;
 * running it again over the same letters leaves every letter in its matter.
 */
public final class MatterGrouping {

    private final MatterStore store;
    private final MatterSummary summary;

    public MatterGrouping(ElasticsearchClient client, IndexNames names, Backoff backoff) {
        this.store = new MatterStore(client, names.alias("matters"), names.lettersAlias(), backoff);
        this.summary = new MatterSummary(DeadlineRules.standard());
    }

    /** Groups the letters (already indexed) into matters; returns each letter's matter id. */
    public Map<String, String> group(List<Letter> letters) throws IOException {
        Map<String, LetterPrint> prints = new LinkedHashMap<>();
        letters.forEach(letter -> prints.put(letter.id(), Fingerprinter.of(letter)));
        MatterGrouper grouper = new MatterGrouper();
        store.candidates(List.copyOf(prints.values())).forEach(grouper::load);
        Map<String, String> assigned = grouper.group(letters, prints);
        store.save(grouper.changed(summary), assigned);
        return assigned;
    }
}
