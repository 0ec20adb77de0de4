package vn.donthu.ingest.matter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.matter.Matter;
import vn.donthu.matter.Matter.TimelineEntry;

/**
 * Groups letters into matters in memory: the matters it was given (those of the archive that a batch
 * of letters could join) and those it founds. A letter is compared with the matters that share a
 * lookup key with it (an LSH band, a petitioner, a parcel, a document), scored against each of their
 * letters by {@link MatchRule}, and joins the best one at or above the threshold; otherwise it founds
 * a matter whose id is its own. Letters are taken oldest first, so the same letters always give the
 * same matters.
 */
final class MatterGrouper {

    /** A key shared by more matters than this says nothing (a common phrase, a name in every village). */
    static final int MAX_MATTERS_PER_KEY = 100;
    /** Matters scored in full per letter: those sharing the most (weighted) keys with it. */
    static final int CANDIDATES = 20;
    static final Comparator<Letter> LETTER_ORDER = Comparator
            .comparing((Letter l) -> date(l), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Letter::id);

    private final Map<String, WorkingMatter> matters = new LinkedHashMap<>();
    private final Map<String, String> matterOfLetter = new HashMap<>();
    private final Map<String, List<WorkingMatter>> byKey = new HashMap<>();
    private final Set<WorkingMatter> changed = new LinkedHashSet<>();

    private static final class WorkingMatter {
        final String id;
        final List<LetterPrint> prints = new ArrayList<>();
        final List<TimelineEntry> timeline = new ArrayList<>();

        WorkingMatter(String id) {
            this.id = id;
        }
    }

    /** A matter of the archive that letters may join. */
    void load(Matter matter) {
        if (matters.containsKey(matter.id())) {
            return;
        }
        WorkingMatter working = new WorkingMatter(matter.id());
        matters.put(matter.id(), working);
        working.timeline.addAll(matter.timeline());
        matter.grouping().members().forEach(member -> add(working, LetterPrint.of(member)));
        matter.letterIds().forEach(id -> matterOfLetter.put(id, matter.id()));
    }

    /** Groups the letters, oldest first; {@code prints} holds each one's fingerprint by id. Returns each letter's matter id. */
    Map<String, String> group(List<Letter> letters, Map<String, LetterPrint> prints) {
        Map<String, String> assigned = new LinkedHashMap<>();
        letters.stream().sorted(LETTER_ORDER).forEach(letter -> assigned.put(letter.id(), assign(letter, prints.get(letter.id()))));
        return assigned;
    }

    /** The matter the letter belongs to: where it already is, the best matching one, or a new one. */
    String assign(Letter letter, LetterPrint print) {
        String known = matterOfLetter.get(letter.id());
        if (known != null) {
            return known;
        }
        WorkingMatter best = null;
        double bestScore = MatchRule.THRESHOLD;
        for (WorkingMatter candidate : candidates(print)) {
            double score = candidate.prints.stream().mapToDouble(p -> MatchRule.score(print, p)).max().orElse(0);
            if (score >= bestScore && (best == null || score > bestScore || candidate.id.compareTo(best.id) < 0)) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            best = new WorkingMatter(letter.id());
            matters.put(best.id, best);
        }
        add(best, print);
        best.timeline.add(entry(letter, print));
        matterOfLetter.put(letter.id(), best.id);
        changed.add(best);
        return best.id;
    }

    /** The matters changed since this grouper was made, summarised. */
    List<Matter> changed(MatterSummary summary) {
        return changed.stream().map(m -> summary.summarise(m.id, m.prints, m.timeline)).toList();
    }

    private List<WorkingMatter> candidates(LetterPrint print) {
        Map<WorkingMatter, Integer> shared = new HashMap<>();
        for (LookupKey key : print.lookupKeys()) {
            List<WorkingMatter> holders = byKey.get(key.value());
            if (holders != null && holders.size() <= MAX_MATTERS_PER_KEY) {
                holders.forEach(m -> shared.merge(m, key.kind().weight, Integer::sum));
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<WorkingMatter, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().id))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    private void add(WorkingMatter matter, LetterPrint print) {
        matter.prints.add(print);
        for (LookupKey key : new LinkedHashSet<>(print.lookupKeys())) {
            List<WorkingMatter> holders = byKey.computeIfAbsent(key.value(), k -> new ArrayList<>(1));
            // One past the limit marks the key as saying nothing; it is not filled further.
            if (holders.size() <= MAX_MATTERS_PER_KEY && !holders.contains(matter)) {
                holders.add(matter);
            }
        }
    }

    private static TimelineEntry entry(Letter letter, LetterPrint print) {
        LetterDetails details = letter.details();
        if (details == null) {
            return new TimelineEntry(letter.id(), null, null, null, List.of());
        }
        LetterDetails.Recipient recipient = details.recipient();
        return new TimelineEntry(letter.id(), print.date(), recipient == null ? null : recipient.level(),
                recipient == null ? null : recipient.name(), details.kinds());
    }

    private static java.time.LocalDate date(Letter letter) {
        LetterDetails details = letter.details();
        if (details == null) {
            return null;
        }
        return details.letterDate() != null ? details.letterDate() : details.receivedDate();
    }
}
