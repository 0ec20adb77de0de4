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
import java.util.Optional;
import java.util.Set;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.locality.AddressResolver;
import vn.donthu.matter.Matter;
import vn.donthu.matter.Matter.VisitEntry;
import vn.donthu.matter.deadline.DeadlineRules;
import vn.donthu.visit.Visit;

/**
 * The ingest step that puts letters into matters, for one run (an ingest, an import): new letters
 * are grouped before they are indexed, so that each is indexed once with its matter in it. Only the matters these letters may join are read from the index, so the cost of a
 * batch does not grow with the archive; the matters this run wrote are kept in memory, so that no
 * batch waits for the matters index to be refreshed. Running it again over the same letters leaves
 * every letter in its matter.
 *
 * <p>Writes go in an order that a run killed at any point leaves recoverable: the matters first,
 * then the new letters, then what older letters carry ({@code matter_id}, flags, status), then the
 * deletion of matters merged into others. New letters a run did not index are extracted again by the
 * next, which finds them already in their matters. Letters left without a matter (indexed before
 * grouping existed, or by a version that grouped after indexing) are grouped by
 * {@link #groupUngrouped} at the start of the next run; a matter saved with the letters of one it absorbed, beside that one not yet
 * deleted, is merged again when both are next read.
 */
public final class MatterGrouping {

    /** Letters the run's memory holds before it is emptied (after a refresh the index answers for them). */
    static final int CACHE_LETTERS = 50_000;
    private static final int RECOVERY_PAGE = 500;
    private static final AddressResolver PLACES = AddressResolver.installed();

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

    /**
     * Groups new letters into matters and indexes them carrying their matter ({@code matter_id}, flags,
     * status), so that each is written once; only older letters whose matter changed (a merge, flags or
     * status that moved) are updated. Returns the reason for each letter Elasticsearch refused, by id.
     *
     * <p>The matters are saved before the letters are indexed: a run killed in between leaves matters
     * naming letters not yet indexed, which the next run extracts again and finds already in them.
     */
    public synchronized Map<String, String> index(List<Letter> letters, LetterIndexer indexer) throws IOException {
        if (letters.isEmpty()) {
            return Map.of();
        }
        MatterGrouper.Changes changes = assign(letters).changes();
        Map<String, LetterMatterState> states = new HashMap<>();
        changes.touched().forEach(matter -> {
            LetterMatterState state = LetterMatterState.of(matter);
            matter.letterIds().forEach(id -> states.put(id, state));
        });
        Map<String, String> refused = indexer.index(letters.stream().map(l -> states.get(l.id()).carriedBy(l)).toList());
        letters.stream().filter(l -> !refused.containsKey(l.id())).forEach(l -> carried.put(l.id(), states.get(l.id())));
        finish(changes);
        return refused;
    }

    /** Groups letters already indexed (left without a matter) into matters; returns each letter's matter id. */
    public synchronized Map<String, String> group(List<Letter> letters) throws IOException {
        if (letters.isEmpty()) {
            return Map.of();
        }
        Assigned assigned = assign(letters);
        finish(assigned.changes());
        return assigned.matters();
    }

    private record Assigned(Map<String, String> matters, MatterGrouper.Changes changes) {
    }

    /**
     * Links each visit of a reception register to the matter of the same people ({@link MatterGrouper#link}),
     * which shows it on its timeline; returns the visits carrying their matter's id (null when none). A visit
     * whose matter has no letter yet stays without one until its register is ingested again.
     */
    public synchronized List<Visit> link(List<Visit> visits) throws IOException {
        if (visits.isEmpty()) {
            return visits;
        }
        Map<String, LetterPrint> prints = new LinkedHashMap<>();
        visits.forEach(visit -> prints.put(visit.id(), Fingerprinter.of(visit, locality(visit))));
        load(prints);
        List<Visit> linked = visits.stream().map(visit -> visit.inMatter(grouper.link(
                new VisitEntry(visit.id(), visit.visitDate(), visit.peopleCount(), visit.crowded(), visit.receivedBy()),
                prints.get(visit.id())))).toList();
        MatterGrouper.Changes changes = grouper.drain(summary);
        store.save(changes.changed());
        finish(changes);
        return linked;
    }

    /** Where the visit's address is; failing that, the place its content names. */
    private static Locality locality(Visit visit) {
        return PLACES.resolve(visit.address(), visit.visitDate())
                .or(() -> visit.content() == null ? Optional.empty() : PLACES.resolveLetter(visit.content(), visit.visitDate()))
                .orElse(null);
    }

    /** Puts the letters into matters and saves the matters that changed. */
    private Assigned assign(List<Letter> letters) throws IOException {
        Map<String, LetterPrint> prints = new LinkedHashMap<>();
        letters.forEach(letter -> prints.put(letter.id(), Fingerprinter.of(letter)));
        load(prints);
        Map<String, String> assigned = grouper.group(letters, prints);
        MatterGrouper.Changes changes = grouper.drain(summary);
        store.save(changes.changed());
        return new Assigned(assigned, changes);
    }

    /** Reads into the grouper the matters of the archive these prints may join. */
    private void load(Map<String, LetterPrint> prints) throws IOException {
        if (!started) {
            // What an earlier run wrote, even one that died a moment ago, is found from here on.
            store.refresh();
            started = true;
        }
        Set<String> candidates = store.candidateIds(List.copyOf(prints.values()));
        candidates.removeIf(grouper::holds);
        store.read(candidates).forEach(grouper::load);
    }

    /** Updates the letters whose matter changed, deletes the matters merged away, and empties the cache when full. */
    private void finish(MatterGrouper.Changes changes) throws IOException {
        store.updateLetters(changedStates(changes.touched()), changes.mergedAway().keySet());
        if (grouper.letterCount() > cacheLetters) {
            store.refresh();
            grouper = new MatterGrouper();
            carried.clear();
        }
    }

    /**
     * Groups the letters that have no matter: those indexed before grouping existed, or by a version
     * that grouped after indexing and died in between; says so on {@code out} when there were any. Returns how many.
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
