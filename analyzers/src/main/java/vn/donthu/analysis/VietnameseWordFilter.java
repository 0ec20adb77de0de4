package vn.donthu.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
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

    private final WordSegmenter segmenter;
    private final Set<String> syllableTypes;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);

    // The current run of syllables: their states, terms and offsets.
    private final List<AttributeSource.State> states = new ArrayList<>();
    private final List<StringBuilder> terms = new ArrayList<>();
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int runLength;
    /** The run's words, as syllable counts, and the next one to emit. */
    private int[] words = new int[0];
    private int nextWord;
    private int nextSyllable;

    /** A token read past the end of the run, emitted or starting a run on the next call. */
    private AttributeSource.State pending;
    private boolean inputExhausted;
    /** No run was read since the last reset: the next one starts the text, and a sentence. */
    private boolean atStart = true;

    public VietnameseWordFilter(TokenStream input, WordSegmenter segmenter) {
        this(input, segmenter, DEFAULT_SYLLABLE_TYPES);
    }

    public VietnameseWordFilter(TokenStream input, WordSegmenter segmenter, Set<String> syllableTypes) {
        super(input);
        this.segmenter = segmenter;
        this.syllableTypes = Set.copyOf(syllableTypes);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextWord < words.length) {
            emitWord();
            return true;
        }
        if (pending != null) {
            restoreState(pending);
            pending = null;
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
        addToRun();
        while (runLength < MAX_RUN) {
            if (!input.incrementToken()) {
                inputExhausted = true;
                break;
            }
            boolean continues = isSyllable()
                    && positionIncrement.getPositionIncrement() == 1
                    && offset.startOffset() - ends[runLength - 1] == 1;
            if (!continues) {
                pending = captureState();
                break;
            }
            addToRun();
        }
        words = segmenter.segment(terms.subList(0, runLength), atStart);
        atStart = false;
        nextWord = 0;
        nextSyllable = 0;
    }

    private void addToRun() {
        if (runLength == states.size()) {
            states.add(null);
            terms.add(new StringBuilder());
        }
        if (runLength == starts.length) {
            starts = Arrays.copyOf(starts, runLength * 2);
            ends = Arrays.copyOf(ends, runLength * 2);
        }
        states.set(runLength, captureState());
        StringBuilder text = terms.get(runLength);
        text.setLength(0);
        text.append(term.buffer(), 0, term.length());
        starts[runLength] = offset.startOffset();
        ends[runLength] = offset.endOffset();
        runLength++;
    }

    private void emitWord() {
        int first = nextSyllable;
        int length = words[nextWord++];
        nextSyllable += length;
        restoreState(states.get(first));
        if (length > 1) {
            term.setEmpty();
            for (int i = first; i < first + length; i++) {
                if (i > first) {
                    term.append('_');
                }
                term.append(terms.get(i));
            }
            offset.setOffset(starts[first], ends[first + length - 1]);
            type.setType(WORD_TYPE);
            positionLength.setPositionLength(1);
        }
    }

    private boolean isSyllable() {
        return syllableTypes.contains(type.type());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        runLength = 0;
        words = new int[0];
        nextWord = 0;
        nextSyllable = 0;
        pending = null;
        inputExhausted = false;
        atStart = true;
    }
}
