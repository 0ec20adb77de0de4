package vn.donthu.ingest.matter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.matter.Matter;
import vn.donthu.matter.Matter.Deadline;
import vn.donthu.matter.Matter.Member;
import vn.donthu.matter.Matter.TimelineEntry;
import vn.donthu.matter.Matter.VisitEntry;
import vn.donthu.matter.MatterStatus;
import vn.donthu.matter.deadline.DeadlineRules;

/** What a matter's letters (and its visits) add up to: timeline, counts, deadlines and flags. */
final class MatterSummary {

    /** Kéo dài: raised on at least this many days ... */
    static final int PROLONGED_SENDINGS = 3;
    /** ... spread over at least this many days (about three months). */
    static final int PROLONGED_SPAN_DAYS = 90;
    static final int CROWDED_PEOPLE = 5;
    private static final Comparator<TimelineEntry> TIMELINE_ORDER = Comparator
            .comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::letterId);

    private static final Comparator<VisitEntry> VISIT_ORDER = Comparator
            .comparing(VisitEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(VisitEntry::visitId);

    private final DeadlineRules rules;

    MatterSummary(DeadlineRules rules) {
        this.rules = rules;
    }

    Matter summarise(String id, List<LetterPrint> prints, List<TimelineEntry> entries, List<VisitEntry> visitEntries) {
        List<TimelineEntry> timeline = entries.stream().sorted(TIMELINE_ORDER).toList();
        List<VisitEntry> visits = visitEntries.stream().sorted(VISIT_ORDER).toList();
        Map<String, Member> members = new LinkedHashMap<>();
        timeline.forEach(entry -> members.put(entry.letterId(), null));
        prints.forEach(print -> members.put(print.letterId(), print.member()));
        List<Member> ordered = members.values().stream().filter(Objects::nonNull).toList();

        List<LocalDate> dates = timeline.stream().map(TimelineEntry::date).filter(Objects::nonNull).toList();
        LocalDate first = dates.isEmpty() ? null : dates.get(0);
        LocalDate lastLetter = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        // Deadlines run from the first letter; a later visit shows the matter still raised.
        LocalDate last = visits.stream().map(VisitEntry::date).filter(Objects::nonNull)
                .filter(d -> lastLetter == null || d.isAfter(lastLetter)).reduce((a, b) -> b).orElse(lastLetter);
        int sendings = (int) dates.stream().distinct().count() + (timeline.size() - dates.size());
        Set<String> names = new TreeSet<>();
        ordered.forEach(m -> names.addAll(m.nameKeys()));
        int people = Math.max(Math.max(names.size(), ordered.stream().mapToInt(Member::signerCount).max().orElse(0)),
                visits.stream().map(VisitEntry::peopleCount).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0));
        EnumSet<LetterKind> kinds = EnumSet.noneOf(LetterKind.class);
        timeline.forEach(entry -> kinds.addAll(entry.kinds()));
        RecipientLevel highest = timeline.stream().map(TimelineEntry::recipientLevel).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);

        List<Deadline> deadlines = first == null ? List.of() : deadlines(kinds, first);
        LocalDate due = deadlines.stream().map(Deadline::due).max(Comparator.naturalOrder()).orElse(null);
        boolean overdue = due != null && lastLetter.isAfter(due);
        boolean prolonged = overdue || (first != null && sendings >= PROLONGED_SENDINGS
                && ChronoUnit.DAYS.between(first, last) >= PROLONGED_SPAN_DAYS);
        boolean crowded = people >= CROWDED_PEOPLE || ordered.stream().anyMatch(Member::crowded)
                || visits.stream().anyMatch(VisitEntry::crowded);

        return new Matter(id, timeline.stream().map(TimelineEntry::letterId).toList(), timeline, first, last,
                timeline.size(), sendings, people, List.copyOf(kinds), mostCommon(ordered, Member::subjectField),
                ordered.stream().map(Member::locality).filter(Objects::nonNull).findFirst().orElse(null),
                highest, deadlines, due, overdue, prolonged, ordered.stream().anyMatch(Member::overLevel), crowded,
                overdue ? MatterStatus.OVERDUE : MatterStatus.OPEN, grouping(ordered), visits);
    }

    /** The chained deadlines of each kind the matter has, counted from its first letter; one row once. */
    private List<Deadline> deadlines(Set<LetterKind> kinds, LocalDate start) {
        Map<String, Deadline> byRule = new LinkedHashMap<>();
        for (LetterKind kind : kinds) {
            rules.chain(kind.name(), "normal", start).forEach(d -> byRule.putIfAbsent(d.rule(), d));
        }
        return new ArrayList<>(byRule.values());
    }

    private static <T> T mostCommon(List<Member> members, Function<Member, T> value) {
        Map<T, Integer> counts = new TreeMap<>();
        members.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Matter.Grouping grouping(List<Member> members) {
        Set<String> bands = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        Set<String> parcels = new TreeSet<>();
        Set<String> documents = new TreeSet<>();
        Set<String> accused = new TreeSet<>();
        for (Member member : members) {
            LetterPrint print = LetterPrint.of(member);
            bands.addAll(MinHash.bandKeys(print.signature()));
            names.addAll(print.qualifiedNameKeys());
            parcels.addAll(member.parcelKeys());
            documents.addAll(member.documentKeys());
            accused.addAll(print.qualifiedAccusedKeys());
        }
        return new Matter.Grouping(List.copyOf(bands), List.copyOf(names), List.copyOf(parcels), List.copyOf(documents),
                List.copyOf(accused), members);
    }
}
