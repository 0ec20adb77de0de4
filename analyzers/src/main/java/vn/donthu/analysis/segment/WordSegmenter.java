package vn.donthu.analysis.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.donthu.analysis.VietnameseFolder;

/**
 * Cuts a run of Vietnamese syllables into words.
 *
 * <p>Candidate words are the lexicon's words (shipped, operator's, learned) found at each
 * position, and every syllable on its own; the segmentation chosen is the one with the highest
 * total score, found by dynamic programming over the lattice of candidates (Viterbi). A word of
 * {@code n} syllables from the shipped or operator's lexicon scores {@code (n - 1)} times
 * {@link Weights#lexicon}, a learned word {@code (n - 1)} times {@link Weights#learned}, plus
 * {@link Weights#association} times the logarithm of its learned score when it has one, which
 * decides between overlapping words ("học sinh | học" or "học | sinh học") by how strongly the
 * indexed text binds each; a single syllable scores 0. With the defaults this is maximal matching
 * (fewest words) with learned evidence to break ties; between segmentations that still score the
 * same, the one with the longer last word wins, as in backward maximal matching, which did better
 * than forward on the train split of the UD Vietnamese VTB treebank.
 *
 * <p>Rules that lexicons do not cover:
 * <ul>
 *   <li>Capitalized syllables in a row form one word: a person's name ("Nguyễn Văn Thắng") or a
 *       place's ("Thái Nguyên"). Titles, kinship terms, prepositions and the nouns of
 *       organizations and places are capitalized before names without being part of them ("Ông
 *       Nguyễn Văn Thắng", "Tại Hà Nội", "Sở Tài chính", "Người Việt", "Phó Chủ tịch"): a run that
 *       starts with such words starts after them. When the run is known to start a sentence
 *       ({@link #segment(List, boolean)}), its first word joins the name only as a surname or as
 *       the start of a lexicon word.</li>
 *   <li>A surname followed by "văn" or "thị" and one more syllable is a name even when it is not
 *       capitalized throughout ("nguyễn văn linh", "Hồ văn Trương"), unless "văn" or "thị" makes
 *       a lexicon word with that syllable ("lương thị trường").</li>
 *   <li>Tokens in capitals that are no syllable of any lexicon word are acronyms (UBND, HĐND)
 *       and words of their own; a heading in capitals ("ĐƠN KHIẾU NẠI") goes through the
 *       lexicon, case aside.</li>
 *   <li>Anything with a digit (numbers, dates, document numbers) is a word of its own.</li>
 *   <li>A syllable said twice is a reduplicative word ("lâu lâu", "nhao nhao"), scored as a
 *       lexicon word of two syllables.</li>
 *   <li>A run with no diacritic at all was typed without them: words are looked up in the
 *       folded index as well, so that "khieu nai" is found as "khiếu nại".</li>
 * </ul>
 *
 * <p>An instance is immutable and thread-safe.
 */
public final class WordSegmenter {

    /**
     * The scores of the lattice; see the class description.
     *
     * @param lexicon per joined syllable, for a word of the shipped or operator's lexicon
     * @param learned per joined syllable, for a word only learned from text
     * @param association times the natural logarithm of a word's learned score, when it has one
     */
    public record Weights(double lexicon, double learned, double association) {

        public static final Weights DEFAULT = new Weights(1.0, 0.6, 0.05);

        public Weights {
            if (!(lexicon > 0 && Double.isFinite(lexicon))) {
                throw new IllegalArgumentException("lexicon weight must be a positive number: " + lexicon);
            }
            if (!(learned >= 0 && Double.isFinite(learned))) {
                throw new IllegalArgumentException("learned weight must be 0 or more: " + learned);
            }
            if (!(association >= 0 && Double.isFinite(association))) {
                throw new IllegalArgumentException("association weight must be 0 or more: " + association);
            }
        }
    }

    /**
     * Words that are capitalized before a name rather than part of it: titles and kinship terms
     * ("Ông Nguyễn Văn Thắng"), prepositions and conjunctions that start a sentence ("Tại Hà Nội"),
     * and the nouns of organizations and places whose names follow them ("Sở Tài chính", "Người
     * Việt"). A capitalized run that starts with one of these starts after it.
     */
    private static final Set<String> BEFORE_NAMES = Set.of(
            // titles, kinship and address
            "ông", "bà", "anh", "chị", "em", "cô", "chú", "cậu", "mợ", "dì", "thím", "dượng", "cụ", "cháu",
            "con", "bé", "chàng", "nàng", "ngài", "thầy", "cha", "mẹ", "bố", "má", "vợ", "chồng", "vua", "chúa",
            "tướng", "lão", "mụ", "gã", "thằng", "hắn", "nó", "họ", "sư", "ni", "phó", "tổng", "cựu",
            // prepositions, conjunctions, adverbs and pronouns that start sentences
            "theo", "tại", "ở", "từ", "trong", "ngoài", "trên", "dưới", "với", "cùng", "và", "của", "cho", "khi",
            "sau", "trước", "như", "nếu", "để", "vì", "do", "bởi", "nhưng", "còn", "hay", "hoặc", "là", "thì",
            "mà", "nên", "vậy", "rồi", "đến", "tới", "về", "qua", "sang", "vào", "ra", "lên", "xuống", "giữa",
            "các", "những", "mọi", "mỗi", "một", "này", "đó", "ấy", "kia", "ai", "gì", "sao", "đâu", "đây",
            "hôm", "ngày", "tháng", "sáng", "chiều", "tối", "đêm", "trưa", "lúc", "nay", "đã", "đang", "sẽ",
            "vẫn", "cũng", "chỉ", "không", "chưa", "có", "được", "bị", "rất", "thật", "tôi", "ta", "mình",
            "chúng", "bọn", "tất", "dù", "tuy", "nhờ", "suốt", "thưa", "kính", "gửi", "chào", "xin",
            // organizations and places whose names follow
            "người", "dân", "hội", "sở", "bộ", "ban", "phòng", "viện", "tòa", "trường", "đội", "nhóm", "hãng",
            "báo", "đài", "tỉnh", "huyện", "xã", "phường", "quận", "thị", "làng", "thôn", "xóm", "ấp", "chùa",
            "đền", "chợ", "phố", "đường", "bến", "cảng", "nước", "vùng", "miền", "đoàn", "đảng", "cục", "vụ",
            "tổ", "khu", "trại", "đồn", "tiếng", "giải", "cúp", "đợt", "lớp");

    /**
     * Frequent Vietnamese surnames: at the start of a sentence, a capitalized syllable that is one
     * of these starts a name. Surnames that are also frequent words at the start of a sentence
     * (Mai, Cao, Từ, Lý, Hà...) are left out.
     */
    private static final Set<String> SURNAMES = Set.of(
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
            "hồ", "ngô", "dương", "đào", "đoàn", "vương", "trịnh", "trương", "đinh", "lâm", "phùng",
            "tạ", "quách", "lương", "lã", "mạc", "khúc", "kiều", "đàm", "tăng", "tống", "triệu",
            "hứa", "nghiêm", "doãn", "khổng", "nông", "thạch", "diệp", "lò", "phí", "ung");

    /** {@link #SURNAMES} as typed without diacritics. */
    private static final Set<String> FOLDED_SURNAMES = SURNAMES.stream()
            .map(VietnameseFolder::fold)
            .collect(Collectors.toUnmodifiableSet());

    /** {@link #BEFORE_NAMES} as typed without diacritics, for runs typed that way. */
    private static final Set<String> FOLDED_BEFORE_NAMES = BEFORE_NAMES.stream()
            .map(VietnameseFolder::fold)
            .collect(Collectors.toUnmodifiableSet());

    // What the rules need to know of a syllable, as bits (see Syllables#describe).
    private static final int STANDS_ALONE = 1;
    private static final int CAPITALIZED = 1 << 1;
    private static final int MARKS = 1 << 2;
    private static final int BEFORE_NAME = 1 << 3;
    private static final int FOLDED_BEFORE_NAME = 1 << 4;
    private static final int SURNAME = 1 << 5;
    private static final int FOLDED_SURNAME = 1 << 6;
    private static final int LOWER_SURNAME = 1 << 7;
    private static final int MIDDLE_NAME = 1 << 8;

    /** The middle names of most men ("văn") and women ("thị"), which only follow a surname in a name. */
    private static final Set<String> MIDDLE_NAMES = Set.of("văn", "thị");

    private final Lexicon lexicon;
    /** The lexicon's tries, held here: read for every syllable. */
    private final WordTrie exactTrie;
    private final WordTrie foldedTrie;
    private final Weights weights;
    /** Per word of the lexicon: what it adds to the score of a segmentation (see the class description). */
    private final double[] wordScores;

    public WordSegmenter(Lexicon lexicon) {
        this(lexicon, Weights.DEFAULT);
    }

    public WordSegmenter(Lexicon lexicon, Weights weights) {
        this.lexicon = lexicon;
        this.exactTrie = lexicon.trie(SyllableKey.EXACT);
        this.foldedTrie = lexicon.trie(SyllableKey.FOLDED);
        this.weights = weights;
        this.wordScores = new double[lexicon.size()];
        for (int word = 0; word < wordScores.length; word++) {
            wordScores[word] = score(word, lexicon.length(word));
        }
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The words of {@code syllables}, as the number of syllables of each, in order; they add up
     * to {@code syllables.size()}. The run is not known to start a sentence.
     */
    public int[] segment(List<? extends CharSequence> syllables) {
        return segment(syllables, false);
    }

    /**
     * {@link #segment(List)} for a run known to start a sentence, or not. At the start of a
     * sentence a capitalized word followed by a name may be capitalized for that reason only
     * ("Đơn Hùng gửi lên huyện"): it joins the name only as a known surname or as the first
     * syllable of a lexicon word ("Hà Nội").
     */
    public int[] segment(List<? extends CharSequence> syllables, boolean startsSentence) {
        int n = syllables.size();
        Lattice lattice = new Lattice(n);
        char[] key = new char[SyllableKey.MAX_KEY_LENGTH];
        for (int i = 0; i < n; i++) {
            describe(syllables.get(i), key, lattice, i);
        }
        int[] lengths = new int[n];
        return Arrays.copyOf(lengths, lattice.segment(n, startsSentence, lengths));
    }

    /**
     * A segmenter for one thread, such as a token filter's: it reuses its arrays from run to run,
     * reads syllables straight from a char buffer, and remembers what it looked up of each
     * syllable it has seen. It segments exactly as {@link #segment(List, boolean)}.
     */
    public Session newSession() {
        return new Session();
    }

    /** See {@link #newSession()}. Not thread-safe. */
    public final class Session {

        private final RememberedSyllables seen = new RememberedSyllables();
        private final int[] fields = new int[RememberedSyllables.FIELDS];
        private final char[] key = new char[SyllableKey.MAX_KEY_LENGTH];
        private Lattice lattice = new Lattice(64);
        /**
         * Per term index of the caller's (see {@link #segment(char[], int[], int[], int[], int, int, boolean, int[])}):
         * where {@link #seen} holds that syllable, + 1; 0 when not known yet.
         */
        private int[] byTermIndex = new int[1024];
        private int termIndexGeneration;
        private int seenGeneration;

        private Session() {
        }

        /**
         * Segments the run of syllables {@code text[starts[i], ends[i])}, {@code i < n}: writes the
         * words' syllable counts to {@code lengths} (room for {@code n} is enough) and returns how
         * many words there are.
         */
        public int segment(char[] text, int[] starts, int[] ends, int n, boolean startsSentence, int[] lengths) {
            return segment(text, starts, ends, null, 0, n, startsSentence, lengths);
        }

        /**
         * {@link #segment(char[], int[], int[], int, boolean, int[])} with an index per syllable
         * from a table of the caller's that holds each syllable under one index, or -1 for none, so
         * that a syllable seen before is found by its index rather than hashed again: the
         * caller has already looked it up in its own table. The indices are those of
         * {@code indexGeneration}: when it changes, the indices seen so far are forgotten.
         */
        public int segment(char[] text, int[] starts, int[] ends, int[] termIndices, int indexGeneration, int n,
                boolean startsSentence, int[] lengths) {
            if (n == 1) {
                lengths[0] = 1;
                return 1;
            }
            if (n > lattice.capacity) {
                lattice = new Lattice(Math.max(n, lattice.capacity * 2));
            }
            if (indexGeneration != termIndexGeneration) {
                Arrays.fill(byTermIndex, 0);
                termIndexGeneration = indexGeneration;
            }
            for (int i = 0; i < n; i++) {
                int index = termIndices == null ? -1 : termIndices[i];
                int found = index >= 0 && index < byTermIndex.length ? byTermIndex[index] - 1 : -1;
                if (found < 0) {
                    found = find(text, starts[i], ends[i] - starts[i], index);
                }
                lattice.exactIds[i] = seen.field(found, 0);
                lattice.foldedIds[i] = seen.field(found, 1);
                lattice.exactFirsts[i] = seen.field(found, 2);
                lattice.foldedFirsts[i] = seen.field(found, 3);
                lattice.flags[i] = seen.field(found, 4);
                lattice.exactFollowers[i] = joined(seen.field(found, 5), seen.field(found, 6));
                lattice.foldedFollowers[i] = joined(seen.field(found, 7), seen.field(found, 8));
            }
            return lattice.segment(n, startsSentence, lengths);
        }

        /** Looks the syllable up by its chars, and remembers where under its index, if it has one. */
        private int find(char[] text, int start, int length, int index) {
            int found = seen.find(text, start, length);
            if (found < 0) {
                found = remember(text, start, length);
            }
            if (seen.generation() != seenGeneration) {
                Arrays.fill(byTermIndex, 0);
                seenGeneration = seen.generation();
            }
            if (index >= 0) {
                if (index >= byTermIndex.length) {
                    byTermIndex = Arrays.copyOf(byTermIndex, Math.max(index + 1, byTermIndex.length * 2));
                }
                byTermIndex[index] = found + 1;
            }
            return found;
        }

        private int remember(char[] text, int start, int length) {
            Lattice one = new Lattice(1);
            describe(new String(text, start, length), key, one, 0);
            fields[0] = one.exactIds[0];
            fields[1] = one.foldedIds[0];
            fields[2] = one.exactFirsts[0];
            fields[3] = one.foldedFirsts[0];
            fields[4] = one.flags[0];
            fields[5] = (int) (one.exactFollowers[0] >>> 32);
            fields[6] = (int) one.exactFollowers[0];
            fields[7] = (int) (one.foldedFollowers[0] >>> 32);
            fields[8] = (int) one.foldedFollowers[0];
            return seen.add(text, start, length, fields);
        }

        private static long joined(int high, int low) {
            return ((long) high << 32) | (low & 0xFFFFFFFFL);
        }
    }

    /** {@link #segment} as text: the words' syllables joined by "_", words separated by spaces. */
    public String segmentToString(List<? extends CharSequence> syllables) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int length : segment(syllables)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            for (int k = 0; k < length; k++) {
                if (k > 0) {
                    out.append('_');
                }
                out.append(syllables.get(at + k));
            }
            at += length;
        }
        return out.toString();
    }

    /** Writes what the lattice needs to know of syllable {@code s} at {@code i}. */
    private void describe(CharSequence s, char[] key, Lattice lattice, int i) {
        int exactId = lexicon.syllableId(SyllableKey.EXACT, s, 0, s.length(), key);
        lattice.exactIds[i] = exactId;
        lattice.exactFirsts[i] = exactId < 0 ? WordTrie.NONE : exactTrie.child(WordTrie.ROOT, exactId);
        lattice.exactFollowers[i] = lattice.exactFirsts[i] == WordTrie.NONE ? 0 : exactTrie.followers(lattice.exactFirsts[i]);
        int bits = 0;
        // The folded index is only read for runs with no mark at all.
        if (SyllableKey.hasMarks(s, 0, s.length())) {
            bits |= MARKS;
            lattice.foldedIds[i] = -1;
            lattice.foldedFirsts[i] = WordTrie.NONE;
            lattice.foldedFollowers[i] = 0;
        } else {
            int foldedId = lexicon.syllableId(SyllableKey.FOLDED, s, 0, s.length(), key);
            lattice.foldedIds[i] = foldedId;
            lattice.foldedFirsts[i] = foldedId < 0 ? WordTrie.NONE : foldedTrie.child(WordTrie.ROOT, foldedId);
            lattice.foldedFollowers[i] = lattice.foldedFirsts[i] == WordTrie.NONE ? 0 : foldedTrie.followers(lattice.foldedFirsts[i]);
        }
        Shape shape = Shape.of(s);
        // In capitals, a syllable the lexicon knows is part of a heading ("ĐƠN KHIẾU NẠI"); one it
        // does not know is an acronym (UBND, HĐND).
        if (shape == Shape.DIGITS || shape == Shape.OTHER || (shape == Shape.ACRONYM && exactId < 0)) {
            bits |= STANDS_ALONE;
        }
        // Only capitalized syllables are read as words before names, or surnames.
        if (shape == Shape.CAPITALIZED) {
            bits |= CAPITALIZED;
            String lower = s.toString().toLowerCase(Locale.ROOT);
            bits |= BEFORE_NAMES.contains(lower) ? BEFORE_NAME : 0;
            bits |= FOLDED_BEFORE_NAMES.contains(lower) ? FOLDED_BEFORE_NAME : 0;
            bits |= SURNAMES.contains(lower) ? SURNAME : 0;
            bits |= FOLDED_SURNAMES.contains(lower) ? FOLDED_SURNAME : 0;
            bits |= MIDDLE_NAMES.contains(lower) ? MIDDLE_NAME : 0;
        } else if (shape == Shape.LOWER) {
            String lower = s.toString();
            bits |= SURNAMES.contains(lower) ? LOWER_SURNAME : 0;
            bits |= MIDDLE_NAMES.contains(lower) ? MIDDLE_NAME : 0;
        }
        lattice.flags[i] = bits;
    }

    private double score(int word, int length) {
        boolean listed = lexicon.hasSource(word, Lexicon.Source.SHIPPED) || lexicon.hasSource(word, Lexicon.Source.OPERATOR);
        double score = (length - 1) * (listed ? weights.lexicon : weights.learned);
        float learnedScore = lexicon.weight(word);
        if (!Float.isNaN(learnedScore) && learnedScore > 0) {
            score += weights.association * Math.log(learnedScore);
        }
        return score;
    }

    /**
     * A run's syllables as the segmenter sees them, and the lattice search over them; reused from
     * run to run by a {@link Session}.
     */
    private final class Lattice {

        final int capacity;
        final int[] exactIds;
        final int[] foldedIds;
        /** The trie node each syllable leads to from the root, or NONE: no word starts with it. */
        final int[] exactFirsts;
        final int[] foldedFirsts;
        /** The {@link WordTrie#followers} of the nodes in exactFirsts and foldedFirsts. */
        final long[] exactFollowers;
        final long[] foldedFollowers;
        final int[] flags;
        /** Numbers and other tokens with a digit, and acronyms: never part of a longer word. */
        final boolean[] standsAlone;
        /** Where a name starting here ends; i + 1 when none starts here. */
        final int[] nameEnd;
        /** Inside a name, other than its first syllable. */
        final boolean[] inName;
        /** best[i]: the best score of the first i syllables; from[i]: where its last word starts. */
        final double[] best;
        final int[] from;

        Lattice(int capacity) {
            this.capacity = capacity;
            exactIds = new int[capacity];
            foldedIds = new int[capacity];
            exactFirsts = new int[capacity];
            foldedFirsts = new int[capacity];
            exactFollowers = new long[capacity];
            foldedFollowers = new long[capacity];
            flags = new int[capacity];
            standsAlone = new boolean[capacity];
            nameEnd = new int[capacity];
            inName = new boolean[capacity];
            best = new double[capacity + 1];
            from = new int[capacity + 1];
        }

        /** Segments the first {@code n} syllables; see {@link Session#segment}. */
        int segment(int n, boolean startsSentence, int[] lengths) {
            if (n == 0) {
                return 0;
            }
            boolean folded = true;
            for (int i = 0; i < n; i++) {
                int bits = flags[i];
                folded &= (bits & MARKS) == 0;
                standsAlone[i] = (bits & STANDS_ALONE) != 0;
                nameEnd[i] = i + 1;
                inName[i] = false;
            }
            findNames(n, startsSentence, folded);
            Arrays.fill(best, 0, n + 1, Double.NEGATIVE_INFINITY);
            best[0] = 0;
            for (int i = 0; i < n; i++) {
                if (best[i] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                int forced = nameEnd[i];
                if (forced > i + 1) {
                    relax(i, forced, best[i] + weights.lexicon * (forced - i - 1));
                    continue;
                }
                relax(i, i + 1, best[i]);
                if (standsAlone[i]) {
                    continue;
                }
                if (i + 1 < n && exactIds[i] >= 0 && exactIds[i + 1] == exactIds[i] && !standsAlone[i + 1]
                        && nameEnd[i + 1] == i + 2 && !inName[i + 1]) {
                    // A syllable said twice is a reduplicative word ("lâu lâu", "nhao nhao").
                    relax(i, i + 2, best[i] + weights.lexicon);
                }
                walk(exactTrie, exactIds, exactFirsts, exactFollowers, i, n);
                if (folded) {
                    walk(foldedTrie, foldedIds, foldedFirsts, foldedFollowers, i, n);
                }
            }
            int count = 0;
            for (int end = n; end > 0; end = from[end]) {
                count++;
            }
            for (int end = n, k = count - 1; end > 0; end = from[end], k--) {
                lengths[k] = end - from[end];
            }
            return count;
        }

        /** Marks the names: capitalized syllables in a row, less the words before names. */
        private void findNames(int n, boolean startsSentence, boolean folded) {
            int beforeName = folded ? FOLDED_BEFORE_NAME : BEFORE_NAME;
            for (int i = 0; i < n; ) {
                if ((flags[i] & CAPITALIZED) == 0) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < n && (flags[end] & CAPITALIZED) != 0) {
                    end++;
                }
                int start = i;
                while (start < end && (flags[start] & beforeName) != 0) {
                    start++;
                }
                if (startsSentence && start == 0 && end >= 2 && !startsName(n, folded)) {
                    start = 1;
                }
                if (end - start >= 2) {
                    nameEnd[start] = end;
                    for (int k = start + 1; k < end; k++) {
                        inName[k] = true;
                    }
                }
                i = Math.max(end, i + 1);
            }
            if (!folded) {
                findNamesInLowerCase(n);
            }
        }

        /**
         * Marks names not written in capitals throughout ("nguyễn văn linh", "Hồ văn Trương"): a
         * surname, "văn" or "thị", and a given name, unless the middle name and what follows make
         * a word ("Lương thị trường", "Đoàn văn phòng").
         */
        private void findNamesInLowerCase(int n) {
            for (int i = 0; i + 2 < n; i++) {
                int given = i + 2;
                if ((flags[i] & (SURNAME | LOWER_SURNAME)) == 0 || (flags[i + 1] & MIDDLE_NAME) == 0
                        || nameEnd[i] > i + 1 || inName[i] || nameEnd[i + 1] > i + 2 || inName[i + 1]
                        || standsAlone[given] || nameEnd[given] > given + 1 || inName[given]) {
                    continue;
                }
                WordTrie trie = exactTrie;
                int node = exactFirsts[i + 1] == WordTrie.NONE || exactIds[given] < 0
                        ? WordTrie.NONE : trie.child(exactFirsts[i + 1], exactIds[given]);
                if (node != WordTrie.NONE && trie.wordAt(node) != WordTrie.NONE) {
                    continue;
                }
                nameEnd[i] = given + 1;
                inName[i + 1] = true;
                inName[given] = true;
                i = given;
            }
        }

        /** Whether the run's first syllable may start a name at the start of a sentence. */
        private boolean startsName(int n, boolean folded) {
            return (flags[0] & (folded ? FOLDED_SURNAME : SURNAME)) != 0
                    || startsLexiconWord(exactTrie, exactIds, exactFirsts, n)
                    || (folded && startsLexiconWord(foldedTrie, foldedIds, foldedFirsts, n));
        }

        /** Whether a lexicon word of two or more syllables starts the run. */
        private boolean startsLexiconWord(WordTrie trie, int[] ids, int[] firsts, int n) {
            int node = firsts[0];
            for (int j = 1; node != WordTrie.NONE && j < n && ids[j] >= 0; j++) {
                node = trie.child(node, ids[j]);
                if (node != WordTrie.NONE && trie.wordAt(node) != WordTrie.NONE) {
                    return true;
                }
            }
            return false;
        }

        /** Relaxes the lattice with every lexicon word that starts at {@code start}. */
        private void walk(WordTrie trie, int[] ids, int[] firsts, long[] followers, int start, int n) {
            int node = firsts[start];
            if (node == WordTrie.NONE || start + 1 == n || !WordTrie.mayFollow(followers[start], ids[start + 1])) {
                return;
            }
            double base = best[start];
            for (int j = start + 1; j < n && j - start < Lexicon.MAX_SYLLABLES; j++) {
                if (ids[j] < 0 || standsAlone[j] || nameEnd[j] > j + 1 || inName[j]) {
                    return;
                }
                long transition = trie.transition(node, ids[j]);
                if (transition == WordTrie.ABSENT) {
                    return;
                }
                node = WordTrie.child(transition);
                int word = WordTrie.word(transition);
                if (word != WordTrie.NONE) {
                    relax(start, j + 1, base + wordScores[word]);
                }
            }
        }

        private void relax(int start, int end, double score) {
            // Ties go to the earlier start, i.e. the longer last word, as in backward longest matching.
            if (score > best[end] || (score == best[end] && start < from[end])) {
                best[end] = score;
                from[end] = start;
            }
        }
    }

    /** The kinds of syllables the rules tell apart. */
    enum Shape {
        LOWER,
        CAPITALIZED,
        ACRONYM,
        DIGITS,
        OTHER;

        static Shape of(CharSequence s) {
            int letters = 0;
            int upper = 0;
            boolean digit = false;
            boolean other = false;
            for (int i = 0; i < s.length(); ) {
                int c = Character.codePointAt(s, i);
                i += Character.charCount(c);
                if (Character.isDigit(c)) {
                    digit = true;
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                        upper++;
                    }
                } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    other = true;
                }
            }
            if (digit) {
                return DIGITS;
            }
            if (other || letters == 0) {
                return OTHER;
            }
            if (upper >= 2 && upper == letters) {
                return ACRONYM;
            }
            int first = Character.codePointAt(s, 0);
            return Character.isUpperCase(first) || Character.isTitleCase(first) ? CAPITALIZED : LOWER;
        }
    }
}
