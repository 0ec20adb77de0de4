package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import vn.donthu.letter.LetterDetails.Recipient;
import vn.donthu.locality.Gazetteer;
import vn.donthu.letter.RecipientLevel;

/**
 * Generates realistic Vietnamese petition letters with their ground truth, deterministically: the
 * same seed gives the same letters, in the same order, on every machine.
 *
 * <p>Letters come in matters (vụ việc). A matter is one letter or a series: the same people writing
 * again months or years later in other words, to the same level or higher (vượt cấp), one letter sent
 * to several bodies on one day (đơn gửi nhiều nơi), and across 2025-07-01 with the old place names
 * before and the new ones after. Some matters share their commune, hamlet and topic with an earlier
 * one but not their people, so that grouping is tested fairly. Matter {@code k} depends only on the
 * seed and {@code k}.
 */
public final class CorpusGenerator {

    /** The day the 34-province, two-level administration began. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);
    private static final int LOOKALIKE_PERCENT = 15;
    private static final int PLACE_REDRAWS = 8;
    /** Below 1, the start of a matter leans towards {@link #LAST_DAY}. */
    private static final double RECENCY = 0.6;

    private final long seed;
    private final MatterFactory factory;
    private final LetterComposer composer;

    public CorpusGenerator(long seed, PlaceSource places) {
        this.seed = seed;
        List<Place> list = places.places();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("The place source gave no places");
        }
        this.factory = new MatterFactory(Topic.load(), list);
        this.composer = new LetterComposer(KindPhrases.load());
    }

    /** With the places authored in the project, coded by the shipped gazetteer. */
    public CorpusGenerator(long seed) {
        this(seed, new GazetteerPlaces(Gazetteer.shipped()));
    }

    /** The first {@code count} letters. */
    public List<GeneratedLetter> generate(int count) {
        return letters().limit(count).toList();
    }

    /** Every letter, matter after matter, without end. */
    public Stream<GeneratedLetter> letters() {
        return LongStream.iterate(0, k -> k + 1).mapToObj(this::matterLetters).flatMap(List::stream);
    }

    /** The letters of matter {@code k}, in date order. */
    public List<GeneratedLetter> matterLetters(long k) {
        Random r = new Random(mix(k, 0));
        MatterFactory.Setting setting = factory.setting(new Random(mix(k, 1)));
        if (k > 0 && r.nextInt(100) < LOOKALIKE_PERCENT) {
            long like = Math.max(0, k - 1 - r.nextInt(3));
            setting = factory.setting(new Random(mix(like, 1)));
        }
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        // Archives in use hold more recent letters than old ones: matters start later more often.
        LocalDate start = FIRST_DAY.plusDays((long) (Math.pow(r.nextDouble(), RECENCY) * days));
        // Letters since the reorganisation are mostly written in the new style, which can only be
        // written where the place's new commune is known: a new matter then is about such a place.
        for (int redraw = 0; !start.isBefore(REORGANISATION) && setting.place().newCommune() == null
                && redraw < PLACE_REDRAWS; redraw++) {
            setting = factory.setting(new Random(mix(k, 2 + redraw)));
        }
        Matter matter = factory.matter(String.format("V%07d", k), setting, r, start);
        List<GeneratedLetter> letters = new ArrayList<>();
        for (LetterPlan plan : plans(matter, r, k)) {
            letters.add(composer.compose(matter, plan, matter.id() + "-" + (plan.number() + 1)));
        }
        return letters;
    }

    /** When and to whom each letter of the matter goes. */
    private List<LetterPlan> plans(Matter m, Random r, long k) {
        int roll = r.nextInt(100);
        int events = roll < 45 ? 1 : roll < 65 ? 2 : roll < 85 ? 3 + r.nextInt(2) : 5 + r.nextInt(6);
        List<LetterPlan> plans = new ArrayList<>();
        LocalDate date = m.start();
        int first = r.nextInt(100);
        // Most letters go to the competent level; a few go above it from the start, and a series climbs.
        int levelUp = first < 92 ? 0 : first < 98 ? 1 : 3;
        LetterPlan previous = null;
        for (int e = 0; e < events && !date.isAfter(LAST_DAY); e++) {
            RecipientLevel competent = m.competentLevel(date);
            RecipientLevel level = available(RecipientLevel.values()[Math.min(3, competent.ordinal() + levelUp)], date);
            int copies = e > 0 && r.nextInt(100) < 25 ? 2 + r.nextInt(4) : 1;
            List<Recipient> to = new ArrayList<>();
            for (int c = 0; c < copies; c++) {
                RecipientLevel copyLevel = c == 0 ? level
                        : available(RecipientLevel.values()[Math.min(3, competent.ordinal() + (r.nextInt(3) == 0 ? 1 : 0))], date);
                Recipient recipient = Recipients.pick(r, copyLevel, m, date);
                if (to.stream().noneMatch(x -> x.name().equals(recipient.name()))) {
                    to.add(recipient);
                }
            }
            boolean namesCopies = to.size() > 1 && r.nextBoolean();
            long textSeed = mix(k, 100 + e);
            for (int c = 0; c < to.size(); c++) {
                Recipient recipient = to.get(c);
                List<Recipient> others = namesCopies
                        ? to.stream().filter(x -> x != recipient).toList() : List.of();
                LetterPlan plan = new LetterPlan(plans.size(), date, recipient,
                        recipient.level().ordinal() > competent.ordinal(), others,
                        previous == null ? null : previous.date(), previous == null ? null : previous.recipient(),
                        textSeed);
                plans.add(plan);
            }
            previous = plans.get(plans.size() - 1);
            date = date.plusDays(30 + r.nextInt(r.nextInt(4) == 0 ? 700 : 240));
            int step = r.nextInt(100);
            levelUp = step < 90 ? levelUp : step < 98 ? levelUp + 1 : 3;
        }
        return plans;
    }

    /** There is no district level from 2025-07-01: letters go to the province instead. */
    private static RecipientLevel available(RecipientLevel level, LocalDate date) {
        return level == RecipientLevel.HUYEN && !date.isBefore(REORGANISATION) ? RecipientLevel.TINH : level;
    }

    /** A well-spread seed for stream {@code stream} of matter {@code k} (SplitMix64 finaliser). */
    private long mix(long k, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + k * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
