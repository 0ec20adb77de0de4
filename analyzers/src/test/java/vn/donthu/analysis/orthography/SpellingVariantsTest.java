package vn.donthu.analysis.orthography;

import org.apache.lucene.tests.util.LuceneTestCase;

public class SpellingVariantsTest extends LuceneTestCase {

    public void testIAfterHKLSTQuIsWrittenY() {
        String[][] pairs = {
            {"kì", "kỳ"}, {"kí", "ký"}, {"kỉ", "kỷ"}, {"kĩ", "kỹ"}, {"kị", "kỵ"},
            {"lí", "lý"}, {"li", "ly"}, {"lị", "lỵ"},
            {"quí", "quý"}, {"qui", "quy"}, {"quì", "quỳ"}, {"quỉ", "quỷ"}, {"quĩ", "quỹ"},
            {"tỉ", "tỷ"}, {"ti", "ty"}, {"tì", "tỳ"}, {"tị", "tỵ"},
            {"hi", "hy"}, {"hỉ", "hỷ"},
            {"sĩ", "sỹ"},
        };
        for (String[] pair : pairs) {
            assertEquals(pair[0], pair[1], SpellingVariants.canonical(pair[0]));
            assertEquals(pair[1], pair[1], SpellingVariants.canonical(pair[1]));
        }
    }

    public void testAfterMOnlyTonedSyllables() {
        assertEquals("mỹ", SpellingVariants.canonical("mĩ"));
        assertEquals("mỳ", SpellingVariants.canonical("mì"));
        assertEquals("mỵ", SpellingVariants.canonical("mị"));
        // lông mi (eyelash) and the given name My are different words.
        assertEquals("mi", SpellingVariants.canonical("mi"));
        assertEquals("my", SpellingVariants.canonical("my"));
    }

    public void testQuitIsQuyt() {
        assertEquals("quýt", SpellingVariants.canonical("quít"));
    }

    public void testLeavesOtherSyllablesAlone() {
        for (String word : new String[] {"kiến", "kiểm", "kìa", "quyết", "quyền", "lịch", "tiền", "y", "ý", "ỷ",
                "thủy", "tuy", "bi", "chi", "khi", "thi", "vi", "đi", "nghĩ", "gì", "kinh", "lính", "tím", "UBND", ""}) {
            assertEquals(word, word, SpellingVariants.canonical(word));
        }
    }

    public void testKeepsCase() {
        assertEquals("KỲ", SpellingVariants.canonical("KÌ"));
        assertEquals("Kỳ", SpellingVariants.canonical("Kì"));
        assertEquals("QUÝ", SpellingVariants.canonical("QUÍ"));
        assertEquals("Mỹ", SpellingVariants.canonical("Mĩ"));
    }
}
