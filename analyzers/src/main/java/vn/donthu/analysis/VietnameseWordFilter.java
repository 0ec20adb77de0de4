package vn.donthu.analysis;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.AttributeSource;
import vn.donthu.analysis.segment.WordSegmenter;

/**
 * Joins syllable tokens into words with a {@link WordSegmenter}: "khiếu nại" becomes the one token
 * "khiếu_nại", its offsets running from the start of "khiếu" to the end of "nại", at one position.
 *
 * <p>Syllables are tokens of the types {@code <SYLLABLE>} (donthu's tokenizer), {@code <ALPHANUM>}
 * (StandardTokenizer) and {@code word} (Lucene's default), unless other types are given. Syllables
 * are joined only within a run: syllable tokens one position apart whose offsets leave exactly one
 * character between them, the space or line break that separates the syllables of a word.
 * Punctuation, a wider gap, a removed token (a position increment above 1) or a token of another
 * type (a number, a document number, a date) ends the run; tokens of other types go through
 * untouched. Runs longer than {@value #MAX_RUN} syllables are cut there.
 *
 * <p>A word of several syllables gets the type {@value #WORD_TYPE}, the other attributes of its
 * first syllable, and position length 1; a word of one syllable is the syllable token unchanged.
 *
 * <p>The segmenter reads capital letters (names such as "Nguyễn Văn Thắng" are one word), so this
 * filter belongs before lower-casing. The first run of a text is segmented as the start of a
 * sentence; the filter cannot see what punctuation ended a run, so later runs are not.
 */
public final class VietnameseWordFilter extends TokenFilter {

    /** The type of a token made of several syllables. */
    public static final String WORD_TYPE = "<WORD>";

    /** The token types read as syllables by default. */
    public static final Set<String> DEFAULT_SYLLABLE_TYPES = Set.of("<SYLLABLE>", "<ALPHANUM>", "word");

    /** The most syllables segmented together; a longer run is cut into runs of this length. */
    public static final int MAX_RUN = 256;

    /**
     * The attributes this filter saves and restores field by field. When the stream has only
     * these (as the Vietnamese chains do), a token is saved into arrays; when it has others, whole
     * attribute states are captured, which costs an allocation per token.
     */
    private static final Set<Class<? extends Attribute>> SAVED_FIELD_BY_FIELD = Set.of(
            CharTermAttribute.class, TermToBytesRefAttribute.class, OffsetAttribute.class, TypeAttribute.class,
            PositionIncrementAttribute.class, PositionLengthAttribute.class, TermFrequencyAttribute.class);

    private final WordSegmenter.Session segmenter;
    private final Set<String> syllableTypes;
    /**
     * The filter this one reads, when it is the orthography filter: it has looked every syllable up
     * in its table of terms, and the segmenter finds the syllable again by its index in that table.
     */
    private final VietnameseOrthographyFilter orthography;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);
    /** Saved when the stream has it, not added. */
    private TermFrequencyAttribute termFrequency;
    /** Whether the stream has only the attributes of {@link #SAVED_FIELD_BY_FIELD}; set on reset. */
    private boolean fieldByField;

    // Saved tokens: the run of syllables in slots [0, runLength), and the token read past its end in
    // slot runLength. Terms are in chars[termStarts[i], termEnds[i]).
    private char[] chars = new char[256];
    private int charsLength;
    private int[] termStarts = new int[16];
    private int[] termEnds = new int[16];
    /** Per slot: the term's index in the orthography filter before this one, or -1 (see {@link #orthography}). */
    private int[] termIndices = new int[16];
    /** The generation of the indices in {@link #termIndices}. */
    private int termIndexGeneration;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] types = new String[16];
    private int[] positionIncrements = new int[16];
    private int[] positionLengths = new int[16];
    private int[] termFrequencies = new int[16];
    /** Whole states, when the stream has other attributes. */
    private AttributeSource.State[] states = new AttributeSource.State[16];
    private int runLength;
    /** The run's words, as syllable counts, and the next one to emit. */
    private int[] words = new int[16];
    private int wordCount;
    private int nextWord;
    private int nextSyllable;

    /** A token was read past the end of the run: emitted, or starting a run, on the next call. */
    private boolean pending;
    private boolean inputExhausted;
    /** No run was read since the last reset: the next one starts the text, and a sentence. */
    private boolean atStart = true;
    /** The last type seen, and whether it is a syllable's: types are a few constant strings. */
    private String lastType;
    private boolean lastTypeIsSyllable;

    public VietnameseWordFilter(TokenStream input, WordSegmenter segmenter) {
        this(input, segmenter, DEFAULT_SYLLABLE_TYPES);
    }

    public VietnameseWordFilter(TokenStream input, WordSegmenter segmenter, Set<String> syllableTypes) {
        super(input);
        this.segmenter = segmenter.newSession();
        this.syllableTypes = Set.copyOf(syllableTypes);
        this.orthography = input instanceof VietnameseOrthographyFilter filter ? filter : null;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextWord < wordCount) {
            emitWord();
            return true;
        }
        if (pending) {
            restore(runLength);
            pending = false;
        } else if (inputExhausted || !input.incrementToken()) {
            inputExhausted = true;
            return false;
        }
        if (!isSyllable()) {
            return true;
        }
        readRun();
        emitWord();
        return true;
    }

    /** Reads the run that the current token starts, and segments it. */
    private void readRun() throws IOException {
        runLength = 0;
        charsLength = 0;
        save(0);
        runLength = 1;
        while (runLength < MAX_RUN) {
            if (!input.incrementToken()) {
                inputExhausted = true;
                break;
            }
            boolean continues = isSyllable()
                    && positionIncrement.getPositionIncrement() == 1
                    && offset.startOffset() - ends[runLength - 1] == 1;
            save(runLength);
            if (!continues) {
                pending = true;
                break;
            }
            runLength++;
        }
        if (words.length < runLength) {
            words = new int[Math.max(runLength, words.length * 2)];
        }
        wordCount = segmenter.segment(chars, termStarts, termEnds, termIndices, termIndexGeneration, runLength, atStart, words);
        atStart = false;
        nextWord = 0;
        nextSyllable = 0;
    }

    /** Saves the current token in slot {@code i}. */
    private void save(int i) {
        if (i == starts.length) {
            int capacity = i * 2;
            termStarts = Arrays.copyOf(termStarts, capacity);
            termEnds = Arrays.copyOf(termEnds, capacity);
            termIndices = Arrays.copyOf(termIndices, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            types = Arrays.copyOf(types, capacity);
            positionIncrements = Arrays.copyOf(positionIncrements, capacity);
            positionLengths = Arrays.copyOf(positionLengths, capacity);
            termFrequencies = Arrays.copyOf(termFrequencies, capacity);
            states = Arrays.copyOf(states, capacity);
        }
        int length = term.length();
        if (charsLength + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLength + length));
        }
        System.arraycopy(term.buffer(), 0, chars, charsLength, length);
        termStarts[i] = charsLength;
        charsLength += length;
        termEnds[i] = charsLength;
        saveTermIndex(i);
        starts[i] = offset.startOffset();
        ends[i] = offset.endOffset();
        if (fieldByField) {
            types[i] = type.type();
            positionIncrements[i] = positionIncrement.getPositionIncrement();
            positionLengths[i] = positionLength.getPositionLength();
            if (termFrequency != null) {
                termFrequencies[i] = termFrequency.getTermFrequency();
            }
        } else {
            states[i] = captureState();
        }
    }

    /**
     * Saves the orthography filter's index of the current token. The filter's last token is the
     * current one also when a run starts with the pending token restored: nothing was read since.
     */
    private void saveTermIndex(int i) {
        if (orthography == null) {
            termIndices[i] = -1;
            return;
        }
        int generation = orthography.rememberedTermsGeneration();
        if (generation != termIndexGeneration) {
            // The orthography filter forgot its terms in the middle of the run: the earlier indices are stale.
            Arrays.fill(termIndices, 0, i, -1);
            termIndexGeneration = generation;
        }
        termIndices[i] = orthography.rememberedTerm();
    }

    /** Makes the token saved in slot {@code i} the current one. */
    private void restore(int i) {
        if (fieldByField) {
            term.copyBuffer(chars, termStarts[i], termEnds[i] - termStarts[i]);
            offset.setOffset(starts[i], ends[i]);
            type.setType(types[i]);
            positionIncrement.setPositionIncrement(positionIncrements[i]);
            positionLength.setPositionLength(positionLengths[i]);
            if (termFrequency != null) {
                termFrequency.setTermFrequency(termFrequencies[i]);
            }
        } else {
            restoreState(states[i]);
        }
    }

    private void emitWord() {
        int first = nextSyllable;
        int length = words[nextWord++];
        nextSyllable += length;
        if (length == 1) {
            restore(first);
            return;
        }
        // The attributes of the first syllable, then the word's own: only those that differ are set.
        if (fieldByField) {
            positionIncrement.setPositionIncrement(positionIncrements[first]);
            if (termFrequency != null) {
                termFrequency.setTermFrequency(termFrequencies[first]);
            }
        } else {
            restoreState(states[first]);
        }
        int last = first + length - 1;
        char[] buffer = term.resizeBuffer(termEnds[last] - termStarts[first] + length - 1);
        int at = 0;
        for (int i = first; i <= last; i++) {
            if (i > first) {
                buffer[at++] = '_';
            }
            for (int k = termStarts[i]; k < termEnds[i]; k++) {
                buffer[at++] = chars[k];
            }
        }
        term.setLength(at);
        offset.setOffset(starts[first], ends[last]);
        type.setType(WORD_TYPE);
        positionLength.setPositionLength(1);
    }

    private boolean isSyllable() {
        String current = type.type();
        if (current != lastType) {
            lastType = current;
            lastTypeIsSyllable = syllableTypes.contains(current);
        }
        return lastTypeIsSyllable;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        fieldByField = true;
        for (Iterator<Class<? extends Attribute>> it = getAttributeClassesIterator(); it.hasNext(); ) {
            fieldByField &= SAVED_FIELD_BY_FIELD.contains(it.next());
        }
        termFrequency = hasAttribute(TermFrequencyAttribute.class) ? getAttribute(TermFrequencyAttribute.class) : null;
        Arrays.fill(states, null);
        runLength = 0;
        charsLength = 0;
        wordCount = 0;
        nextWord = 0;
        nextSyllable = 0;
        pending = false;
        inputExhausted = false;
        atStart = true;
    }
}
