package vn.donthu.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.donthu.analysis.orthography.SpellingVariants;
import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.ToneMarkPlacement;
import vn.donthu.analysis.orthography.VietnameseLetters;
import vn.donthu.analysis.segment.Lexicon;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class VietnameseOrthographyFilterTest extends BaseTokenStreamTestCase {

    private Analyzer whitespaceOrthographyAnalyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        whitespaceOrthographyAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(tokenizer, new VietnameseOrthographyFilter(tokenizer));
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        whitespaceOrthographyAnalyzer.close();
        super.tearDown();
    }

    public void testEmptyInput() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "", new String[0]);
    }

    public void testPlacesToneMarksTheTraditionalWayAndKeepsOffsets() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "Hoà giải tranh chấp về công trình thuỷ lợi, sức khoẻ",
                new String[] {"Hòa", "giải", "tranh", "chấp", "về", "công", "trình", "thủy", "lợi,", "sức", "khỏe"},
                new int[] {0, 4, 9, 15, 20, 23, 28, 34, 39, 44, 48},
                new int[] {3, 8, 14, 19, 22, 27, 33, 38, 43, 47, 52});
    }

    public void testTraditionalSpellingIsUnchanged() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "Hòa giải công trình thủy lợi Ủy ban",
                new String[] {"Hòa", "giải", "công", "trình", "thủy", "lợi", "Ủy", "ban"});
    }

    public void testWritesTheIYDoubletsWithY() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "quí cơ quan kì họp thứ hai lí do chính đáng Mĩ tỉ lệ",
                new String[] {"quý", "cơ", "quan", "kỳ", "họp", "thứ", "hai", "lý", "do", "chính", "đáng", "Mỹ", "tỷ", "lệ"});
    }

    public void testLeavesWordsWithoutADoubletAlone() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "ý kiến y tá quyết định kiểm tra",
                new String[] {"ý", "kiến", "y", "tá", "quyết", "định", "kiểm", "tra"});
    }

    public void testEachSyllableOfASegmentedWord() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "hoà_giải thuỷ_lợi quí_vị",
                new String[] {"hòa_giải", "thủy_lợi", "quý_vị"});
    }

    public void testLeavesCodesAndNumbersAlone() throws IOException {
        assertAnalyzesTo(whitespaceOrthographyAnalyzer, "12/2024/QĐ-UBND khoản 2i",
                new String[] {"12/2024/QĐ-UBND", "khoản", "2i"});
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), whitespaceOrthographyAnalyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomVietnameseText() throws IOException {
        int iterations = atLeast(200);
        for (int i = 0; i < iterations; i++) {
            checkAnalysisConsistency(random(), whitespaceOrthographyAnalyzer, random().nextBoolean(), RandomVietnameseText.next(random(), 60));
        }
    }

    /**
     * The cheap pre-check must never skip a syllable that a rule would change. Checked on every
     * syllable of the shipped lexicon, in both cases, with every tone placed on every vowel (which
     * makes the misplaced and new-style spellings the rules exist for).
     */
    public void testThePreCheckNeverSkipsASyllableARuleWouldChange() {
        Set<String> syllables = new TreeSet<>();
        for (String word : Lexicon.shipped().words()) {
            for (String syllable : word.split("[ _]")) {
                syllables.add(syllable);
                syllables.add(syllable.toUpperCase(Locale.ROOT));
            }
        }
        int checked = 0;
        for (String syllable : syllables) {
            for (String spelling : withEveryTonePlacement(syllable)) {
                char[] chars = spelling.toCharArray();
                if (!VietnameseOrthographyFilter.mayChange(chars, 0, chars.length)) {
                    String canonical = SpellingVariants.canonical(
                            ToneMarkPlacement.canonical(spelling));
                    assertEquals("skipped " + spelling, spelling, canonical);
                }
                checked++;
            }
        }
        assertTrue(checked > 10_000);
    }

    private static List<String> withEveryTonePlacement(String syllable) {
        List<String> spellings = new ArrayList<>(List.of(syllable));
        char[] bare = syllable.toCharArray();
        for (int i = 0; i < bare.length; i++) {
            bare[i] = VietnameseLetters.withoutTone(bare[i]);
        }
        for (int i = 0; i < bare.length; i++) {
            if (!VietnameseLetters.isVowel(bare[i])) {
                continue;
            }
            for (Tone tone : Tone.values()) {
                char[] spelled = bare.clone();
                spelled[i] = VietnameseLetters.withTone(bare[i], tone);
                spellings.add(new String(spelled));
            }
        }
        return spellings;
    }
}
