package vn.donthu.analysis.segment;

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
 *   <li>Tokens in capitals that are no syllable of any lexicon word are acronyms (UBND, HĐND)
 *       and words of their own; a heading in capitals ("ĐƠN KHIẾU NẠI") goes through the
 *       lexicon, case aside.</li>
 *   <li>Anything with a digit (numbers, dates, document numbers) is a word of its own.</li>
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

    private final Lexicon lexicon;
    private final Weights weights;

    public WordSegmenter(Lexicon lexicon) {
        this(lexicon, Weights.DEFAULT);
    }

    public WordSegmenter(Lexicon lexicon, Weights weights) {
        this.lexicon = lexicon;
        this.weights = weights;
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
        if (n == 0) {
            return new int[0];
        }
        Run run = new Run(syllables, startsSentence);
        // best[i]: the best score of the first i syllables; from[i]: where its last word starts.
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            int forced = run.nameEnd[i];
            if (forced > i + 1) {
                relax(best, from, i, forced, best[i] + weights.lexicon * (forced - i - 1));
                continue;
            }
            relax(best, from, i, i + 1, best[i]);
            if (run.standsAlone[i]) {
                continue;
            }
            walk(run, SyllableKey.EXACT, run.exactIds, i, best, from);
            if (run.folded) {
                walk(run, SyllableKey.FOLDED, run.foldedIds, i, best, from);
            }
        }
        int count = 0;
        for (int end = n; end > 0; end = from[end]) {
            count++;
        }
        int[] lengths = new int[count];
        for (int end = n, k = count - 1; end > 0; end = from[end], k--) {
            lengths[k] = end - from[end];
        }
        return lengths;
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

    private void walk(Run run, SyllableKey mode, int[] ids, int start, double[] best, int[] from) {
        WordTrie trie = lexicon.trie(mode);
        int node = WordTrie.ROOT;
        for (int j = start; j < ids.length && j - start < Lexicon.MAX_SYLLABLES; j++) {
            if (ids[j] < 0 || (j > start && (run.standsAlone[j] || run.nameEnd[j] > j + 1 || run.inName[j]))) {
                return;
            }
            node = trie.child(node, ids[j]);
            if (node == WordTrie.NONE) {
                return;
            }
            int word = trie.wordAt(node);
            if (word != WordTrie.NONE && j > start) {
                relax(best, from, start, j + 1, best[start] + score(word, j + 1 - start));
            }
        }
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

    private static void relax(double[] best, int[] from, int start, int end, double score) {
        // Ties go to the earlier start, i.e. the longer last word, as in backward longest matching.
        if (score > best[end] || (score == best[end] && start < from[end])) {
            best[end] = score;
            from[end] = start;
        }
    }

    /** What the segmenter needs to know of each syllable of a run. */
    private final class Run {

        final int[] exactIds;
        final int[] foldedIds;
        final boolean folded;
        /** Numbers and other tokens with a digit, and acronyms: never part of a longer word. */
        final boolean[] standsAlone;
        /** Where a name starting here ends; i + 1 when none starts here. */
        final int[] nameEnd;
        /** Inside a name, other than its first syllable. */
        final boolean[] inName;

        Run(List<? extends CharSequence> syllables, boolean startsSentence) {
            int n = syllables.size();
            exactIds = new int[n];
            foldedIds = new int[n];
            standsAlone = new boolean[n];
            nameEnd = new int[n];
            inName = new boolean[n];
            char[] key = new char[SyllableKey.MAX_KEY_LENGTH];
            boolean anyMarks = false;
            boolean[] capitalized = new boolean[n];
            for (int i = 0; i < n; i++) {
                CharSequence s = syllables.get(i);
                exactIds[i] = lexicon.syllableId(SyllableKey.EXACT, s, 0, s.length(), key);
                anyMarks |= SyllableKey.hasMarks(s, 0, s.length());
                Shape shape = Shape.of(s);
                // In capitals, a syllable the lexicon knows is part of a heading ("ĐƠN KHIẾU NẠI");
                // one it does not know is an acronym (UBND, HĐND).
                standsAlone[i] = shape == Shape.DIGITS || shape == Shape.OTHER || (shape == Shape.ACRONYM && exactIds[i] < 0);
                capitalized[i] = shape == Shape.CAPITALIZED;
            }
            folded = !anyMarks;
            if (folded) {
                for (int i = 0; i < n; i++) {
                    CharSequence s = syllables.get(i);
                    foldedIds[i] = lexicon.syllableId(SyllableKey.FOLDED, s, 0, s.length(), key);
                }
            }
            for (int i = 0; i < n; i++) {
                nameEnd[i] = i + 1;
            }
            for (int i = 0; i < n; ) {
                if (!capitalized[i]) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < n && capitalized[end]) {
                    end++;
                }
                int start = i;
                Set<String> beforeNames = folded ? FOLDED_BEFORE_NAMES : BEFORE_NAMES;
                while (start < end && beforeNames.contains(syllables.get(start).toString().toLowerCase(Locale.ROOT))) {
                    start++;
                }
                if (startsSentence && start == 0 && end >= 2 && !startsName(syllables.get(0))) {
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
        }

        private boolean startsName(CharSequence first) {
            String lower = first.toString().toLowerCase(Locale.ROOT);
            return (folded ? FOLDED_SURNAMES : SURNAMES).contains(lower) || startsLexiconWord(0);
        }

        /** Whether a lexicon word of two or more syllables starts at {@code i}. */
        private boolean startsLexiconWord(int i) {
            return startsLexiconWord(i, SyllableKey.EXACT, exactIds) || (folded && startsLexiconWord(i, SyllableKey.FOLDED, foldedIds));
        }

        private boolean startsLexiconWord(int i, SyllableKey mode, int[] ids) {
            WordTrie trie = lexicon.trie(mode);
            int node = WordTrie.ROOT;
            for (int j = i; j < ids.length && ids[j] >= 0; j++) {
                node = trie.child(node, ids[j]);
                if (node == WordTrie.NONE) {
                    return false;
                }
                if (j > i && trie.wordAt(node) != WordTrie.NONE) {
                    return true;
                }
            }
            return false;
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
