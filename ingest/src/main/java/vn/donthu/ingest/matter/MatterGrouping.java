package vn.donthu.ingest.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.letter.Letter;
import vn.donthu.matter.Matter;
import vn.donthu.matter.deadline.DeadlineRules;

/**
 * The ingest step after indexing: puts newly indexed letters into matters, for one run (an ingest,
 * an import). Only the matters these letters may join are read from the index, so the cost of a
 * batch does not grow with the archive; the matters this run wrote are kept in memory, so that no
 * batch waits for the matters index to be refreshed. Running it again over the same letters leaves
 * every letter in its matter.
 *
 * <p>Writes go in an order that a run killed at any point leaves recoverable: the matters first,
 * then what their letters carry ({@code matter_id}, flags, status), then the deletion of matters
 * merged into others. Letters left without a matter are grouped by {@link #groupUngrouped()} at the
 * start of the next run; a matter saved with the letters of one it absorbed, beside that one not yet
 * deleted, is merged again when both are next read.
 */
public final class MatterGrouping {

    /** Letters the run's memory holds before it is emptied (after a refresh the index answers for them). */
    static final int CACHE_LETTERS = 50_000;
    private static final int RECOVERY_PAGE = 500;

    private final MatterStore store;
    private final MatterSummary summary;
    private final int cacheLetters;
    private MatterGrouper grouper = new MatterGrouper();
    /** What this run knows the letters carry, so that they are not read again before they are compared. */
    private final Map<String, LetterMatterState> carried = new HashMap<>();
    private boolean started;

    public MatterGrouping(ElasticsearchClient client, IndexNames names, Backoff backoff) {
        this(client, names, backoff, CACHE_LETTERS);
    }

    MatterGrouping(ElasticsearchClient client, IndexNames names, Backoff backoff, int cacheLetters) {
        this.store = new MatterStore(client, names.alias("matters"), names.lettersAlias(), backoff);
        this.summary = new MatterSummary(DeadlineRules.standard());
        this.cacheLetters = cacheLetters;
    }

    /** Groups the letters (already indexed) into matters; returns each letter's matter id. */
    public synchronized Map<String, String> group(List<Letter> letters) throws IOException {
        if (letters.isEmpty()) {
            return Map.of();
        }
        if (!started) {
            // What an earlier run wrote, even one that died a moment ago, is found from here on.
            store.refresh();
            started = true;
        }
        Map<String, LetterPrint> prints = new LinkedHashMap<>();
        letters.forEach(letter -> prints.put(letter.id(), Fingerprinter.of(letter)));
        Set<String> candidates = store.candidateIds(List.copyOf(prints.values()));
        candidates.removeIf(grouper::holds);
        store.read(candidates).forEach(grouper::load);
        Map<String, String> assigned = grouper.group(letters, prints);
        MatterGrouper.Changes changes = grouper.drain(summary);
        store.save(changes.changed());
        store.updateLetters(changedStates(changes.touched()), changes.mergedAway().keySet());
        if (grouper.letterCount() > cacheLetters) {
            store.refresh();
            grouper = new MatterGrouper();
            carried.clear();
        }
        return assigned;
    }

    /**
     * Groups the letters that have no matter: those a run indexed and then died before grouping, or
     * indexed before grouping existed; says so on {@code out} when there were any. Returns how many.
     */
    public int groupUngrouped(PrintStream out) throws IOException {
        int grouped = 0;
        List<FieldValue> after = List.of();
        for (MatterStore.Page page = store.ungrouped(RECOVERY_PAGE, after); !page.letters().isEmpty();
             page = store.ungrouped(RECOVERY_PAGE, after)) {
            group(page.letters());
            grouped += page.letters().size();
            after = page.last();
        }
        if (grouped > 0) {
            out.printf("Grouped into matters %,d letters an earlier run had indexed but not grouped%n", grouped);
        }
        return grouped;
    }

    /** The letters of these matters whose {@code matter_id}, flags or status differ from their matter's, with what they should carry. */
    private Map<String, LetterMatterState> changedStates(List<Matter> matters) throws IOException {
        Map<String, LetterMatterState> wanted = new LinkedHashMap<>();
        for (Matter matter : matters) {
            LetterMatterState state = LetterMatterState.of(matter);
            matter.letterIds().forEach(id -> wanted.put(id, state));
        }
        List<String> unknown = new ArrayList<>();
        wanted.keySet().stream().filter(id -> !carried.containsKey(id)).forEach(unknown::add);
        carried.putAll(store.letterStates(unknown));
        Map<String, LetterMatterState> changed = new LinkedHashMap<>();
        wanted.forEach((id, state) -> {
            LetterMatterState now = carried.get(id);
            // A letter no longer in the index (deleted by an operator) keeps its place in the matter's history only.
            if (now != null && !now.equals(state)) {
                changed.put(id, state);
            }
        });
        carried.putAll(changed);
        return changed;
    }
}
