package vn.donthu.analysis.segment;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RememberedSyllablesTest {

    @Test
    public void findsWhatWasAddedWithItsFields() {
        RememberedSyllables remembered = new RememberedSyllables();
        char[] text = "khiếu nại khiếu".toCharArray();
        int khieu = remembered.add(text, 0, 5, new int[] {1, 2, 3, 4, 5});
        int nai = remembered.add(text, 6, 3, new int[] {6, 7, 8, 9, 10});
        assertEquals(khieu, remembered.find(text, 10, 5));
        assertEquals(nai, remembered.find(text, 6, 3));
        assertEquals(-1, remembered.find(text, 0, 4));
        assertEquals(8, remembered.fields()[RememberedSyllables.offset(nai) + 2]);
    }

    @Test
    public void forgetsEverythingWhenFullAndGoesOn() {
        RememberedSyllables remembered = new RememberedSyllables();
        int[] fields = new int[RememberedSyllables.FIELDS];
        for (int i = 0; i < RememberedSyllables.MAX_SYLLABLES; i++) {
            char[] syllable = ("s" + i).toCharArray();
            fields[0] = i;
            assertEquals(i, remembered.add(syllable, 0, syllable.length, fields));
        }
        char[] first = "s0".toCharArray();
        assertEquals(0, remembered.find(first, 0, 2));
        char[] next = "tiếp".toCharArray();
        fields[0] = 42;
        int index = remembered.add(next, 0, next.length, fields);
        assertEquals(0, index);
        assertEquals(-1, remembered.find(first, 0, 2));
        assertEquals(42, remembered.fields()[RememberedSyllables.offset(remembered.find(next, 0, next.length))]);
    }
}
