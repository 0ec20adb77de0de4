package vn.donthu.analysis.orthography;

import org.apache.lucene.tests.util.LuceneTestCase;

public class VietnameseLettersTest extends LuceneTestCase {

    public void testToneOf() {
        assertEquals(Tone.NGANG, VietnameseLetters.toneOf('ơ'));
        assertEquals(Tone.HUYEN, VietnameseLetters.toneOf('ờ'));
        assertEquals(Tone.SAC, VietnameseLetters.toneOf('Ế'));
        assertEquals(Tone.HOI, VietnameseLetters.toneOf('ủ'));
        assertEquals(Tone.NGA, VietnameseLetters.toneOf('ỹ'));
        assertEquals(Tone.NANG, VietnameseLetters.toneOf('ặ'));
        assertNull(VietnameseLetters.toneOf('đ'));
        assertNull(VietnameseLetters.toneOf('b'));
    }

    public void testWithoutTone() {
        assertEquals("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY", strip("ạằẩẽếịõổỡúừỷẠẰẨẼẾỊÕỔỠÚỪỶ"));
        assertEquals("đb1-", strip("đb1-"));
    }

    public void testWithTone() {
        assertEquals('ặ', VietnameseLetters.withTone('ắ', Tone.NANG));
        assertEquals('Ủ', VietnameseLetters.withTone('U', Tone.HOI));
        assertEquals('o', VietnameseLetters.withTone('ọ', Tone.NGANG));
        assertEquals('đ', VietnameseLetters.withTone('đ', Tone.SAC));
    }

    private static String strip(String text) {
        StringBuilder stripped = new StringBuilder();
        for (char c : text.toCharArray()) {
            stripped.append(VietnameseLetters.withoutTone(c));
        }
        return stripped.toString();
    }
}
