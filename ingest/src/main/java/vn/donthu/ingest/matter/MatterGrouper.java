package vn.donthu.ingest.matter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.matter.Matter;
import vn.donthu.matter.Matter.TimelineEntry;
import vn.donthu.matter.Matter.VisitEntry;

/**
 * Groups letters into matters in memory: the matters it was given (those of the archive that a batch
 * of letters could join) and those it founds. A letter is compared with the matters that share a
 * lookup key with it (an LSH band, a petitioner, a parcel, a document), scored against each of their
 * letters by {@link MatchRule}, and joins the best one at or above the threshold; otherwise it founds
 * a matter whose id is its own. A letter that is the same case ({@link MatchRule#sameCase}) as two or
 * more matters joins them into one: the oldest survives. Letters are taken oldest first, so the same
 * letters always give the same matters.
 *
 * <p>One grouper serves many batches of a run: the matters it holds are the run's cache, so that a
 * batch sees what the batches before it wrote without the matters index being refreshed.
 */
final class MatterGrouper {

    /** A key shared by more matters than this says nothing (a common phrase, a name in every village). */
    static final int MAX_MATTERS_PER_KEY = 100;
    /** Matters scored in full per letter: those sharing the most (weighted) keys with it. */
    static final int CANDIDATES = 20;
    static final Comparator<Letter> LETTER_ORDER = Comparator
            .comparing((Letter l) -> date(l), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Letter::id);
    private static final Comparator<WorkingMatter> AGE = Comparator
            .comparing(WorkingMatter::firstDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.id);

    private final Map<String, WorkingMatter> matters = new LinkedHashMap<>();
    private final Map<String, String> matterOfLetter = new HashMap<>();
    private final Map<String, List<WorkingMatter>> byKey = new HashMap<>();
    /** Matters merged into another, by id, with the survivor's id: ignored when the index still shows them. */
    private final Map<String, String> mergedAway = new HashMap<>();
    private final Set<WorkingMatter> changed = new LinkedHashSet<>();
    private final Set<WorkingMatter> touched = new LinkedHashSet<>();
    private final Map<String, String> mergedSinceDrain = new LinkedHashMap<>();
    private int letters;

    private static final class WorkingMatter {
        final String id;
        final List<LetterPrint> prints = new ArrayList<>();
        final List<TimelineEntry> timeline = new ArrayList<>();
        final List<VisitEntry> visits = new ArrayList<>();
        /** The matter as last summarised or read from the index. */
        Matter summary;

        WorkingMatter(String id) {
            this.id = id;
        }

        LocalDate firstDate() {
            return timeline.stream().map(TimelineEntry::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    /**
     * What a batch changed: the matters to write, the matters merged away (by id, with the id of the
     * one they were merged into), and every matter a letter of the batch is in, whose letters must carry its state.
     */
    record Changes(List<Matter> changed, Map<String, String> mergedAway, List<Matter> touched) {
    }

    /** Whether this grouper already holds the matter (or merged it away): it need not be read from the index. */
    boolean holds(String matterId) {
        return matters.containsKey(matterId) || mergedAway.containsKey(matterId);
    }

    /** Letters held, the measure of the cache's memory. */
    int letterCount() {
        return letters;
    }

    /**
     * A matter of the archive that letters may join. A matter that lists a letter another held matter
     * also lists is what a run that died between saving a merged matter and deleting the other left:
     * the two are merged again.
     */
    void load(Matter matter) {
        if (holds(matter.id())) {
            return;
        }
        WorkingMatter working = new WorkingMatter(matter.id());
        matters.put(matter.id(), working);
        working.timeline.addAll(matter.timeline());
        working.visits.addAll(matter.visits());
        working.summary = matter;
        letters += matter.letterIds().size();
        matter.grouping().members().forEach(member -> add(working, LetterPrint.of(member)));
        Set<WorkingMatter> overlapping = new LinkedHashSet<>();
        for (String letter : matter.letterIds()) {
            String other = matterOfLetter.putIfAbsent(letter, matter.id());
            if (other != null && !other.equals(matter.id())) {
                overlapping.add(matters.get(other));
            }
        }
        if (!overlapping.isEmpty()) {
            overlapping.add(working);
            merge(overlapping);
        }
    }

    /** Groups the letters, oldest first; {@code prints} holds each one's fingerprint by id. Returns each letter's matter id. */
    Map<String, String> group(List<Letter> letters, Map<String, LetterPrint> prints) {
        Map<String, String> assigned = new LinkedHashMap<>();
        letters.stream().sorted(LETTER_ORDER).forEach(letter -> assigned.put(letter.id(), assign(letter, prints.get(letter.id()))));
        // A later letter of the batch may have merged an earlier one's matter away.
        assigned.replaceAll((letter, matter) -> matterOfLetter.get(letter));
        return assigned;
    }

    /** The matter the letter belongs to: where it already is, the best matching one, or a new one. */
    String assign(Letter letter, LetterPrint print) {
        String known = matterOfLetter.get(letter.id());
        if (known != null) {
            touched.add(matters.get(known));
            return known;
        }
        WorkingMatter best = null;
        double bestScore = MatchRule.THRESHOLD;
        Set<WorkingMatter> sameCase = new LinkedHashSet<>();
        for (WorkingMatter candidate : candidates(print)) {
            double score = Double.NEGATIVE_INFINITY;
            for (LetterPrint other : candidate.prints) {
                double s = MatchRule.score(print, other);
                score = Math.max(score, s);
                if (s >= MatchRule.THRESHOLD && MatchRule.sameCase(print, other)) {
                    sameCase.add(candidate);
                }
            }
            if (score >= bestScore && (best == null || score > bestScore || candidate.id.compareTo(best.id) < 0)) {
                best = candidate;
                bestScore = score;
            }
        }
        if (sameCase.size() > 1) {
            best = merge(sameCase);
        }
        if (best == null) {
            best = new WorkingMatter(letter.id());
            matters.put(best.id, best);
        }
        add(best, print);
        best.timeline.add(entry(letter, print));
        matterOfLetter.put(letter.id(), best.id);
        letters++;
        changed.add(best);
        touched.add(best);
        return best.id;
    }

    /**
     * Puts a visit on the timeline of the matter of the same people ({@link MatchRule#sameVisitors}) whose
     * letters' text is nearest its content, replacing it when it is there already; returns that matter's id,
     * or null when no matter is of its people (a visit alone founds no matter).
     */
    String link(VisitEntry visit, LetterPrint print) {
        WorkingMatter best = null;
        double bestText = -1;
        for (WorkingMatter candidate : candidates(print)) {
            for (LetterPrint letter : candidate.prints) {
                if (!MatchRule.sameVisitors(print, letter)) {
                    continue;
                }
                double text = MinHash.similarity(print.signature(), letter.signature());
                if (text > bestText || (text == bestText && candidate.id.compareTo(best.id) < 0)) {
                    best = candidate;
                    bestText = text;
                }
            }
        }
        if (best == null) {
            return null;
        }
        putVisit(best, visit);
        changed.add(best);
        touched.add(best);
        return best.id;
    }

    private static void putVisit(WorkingMatter matter, VisitEntry visit) {
        matter.visits.removeIf(held -> held.visitId().equals(visit.visitId()));
        matter.visits.add(visit);
    }

    /** What changed since the last call, summarised; the next call reports only what changes after this one. */
    Changes drain(MatterSummary summary) {
        List<Matter> saved = new ArrayList<>();
        for (WorkingMatter matter : changed) {
            matter.summary = summary.summarise(matter.id, matter.prints, matter.timeline, matter.visits);
            saved.add(matter.summary);
        }
        Changes changes = new Changes(saved, Map.copyOf(mergedSinceDrain),
                touched.stream().filter(m -> matters.get(m.id) == m).map(m -> m.summary).toList());
        changed.clear();
        touched.clear();
        mergedSinceDrain.clear();
        return changes;
    }

    /** Merges the matters into the oldest, which keeps its id; returns it. */
    private WorkingMatter merge(Set<WorkingMatter> group) {
        WorkingMatter survivor = group.stream().min(AGE).orElseThrow();
        for (WorkingMatter other : group) {
            if (other == survivor) {
                continue;
            }
            matters.remove(other.id);
            Set<String> held = new HashSet<>();
            survivor.timeline.forEach(entry -> held.add(entry.letterId()));
            for (LetterPrint print : other.prints) {
                for (LookupKey key : print.lookupKeys()) {
                    List<WorkingMatter> holders = byKey.get(key.value());
                    if (holders != null) {
                        holders.remove(other);
                    }
                }
                if (!held.contains(print.letterId())) {
                    add(survivor, print);
                }
            }
            other.timeline.stream().filter(entry -> !held.contains(entry.letterId())).forEach(survivor.timeline::add);
            other.visits.forEach(visit -> putVisit(survivor, visit));
            other.timeline.forEach(entry -> matterOfLetter.put(entry.letterId(), survivor.id));
            mergedAway.put(other.id, survivor.id);
            mergedAway.replaceAll((gone, into) -> into.equals(other.id) ? survivor.id : into);
            mergedSinceDrain.replaceAll((gone, into) -> into.equals(other.id) ? survivor.id : into);
            mergedSinceDrain.put(other.id, survivor.id);
            changed.remove(other);
            touched.remove(other);
        }
        changed.add(survivor);
        touched.add(survivor);
        return survivor;
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

    private static LocalDate date(Letter letter) {
        LetterDetails details = letter.details();
        if (details == null) {
            return null;
        }
        return details.letterDate() != null ? details.letterDate() : details.receivedDate();
    }
}
