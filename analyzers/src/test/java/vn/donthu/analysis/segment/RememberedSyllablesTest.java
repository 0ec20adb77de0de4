package vn.donthu.analysis.segment;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RememberedSyllablesTest {

    @Test
    public void findsWhatWasAddedWithItsFields() {
        RememberedSyllables remembered = new RememberedSyllables();
        char[] text = "khiếu nại khiếu".toCharArray();
        remembered.add(text, 0, 5, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        remembered.add(text, 6, 3, new int[] {6, 7, -8, 9, 10, 11, 12, 13, 14});
        int khieu = remembered.find(text, 10, 5);
        int nai = remembered.find(text, 6, 3);
        assertEquals(-1, remembered.find(text, 0, 4));
        for (int f = 0; f < RememberedSyllables.FIELDS; f++) {
            assertEquals(f + 1, remembered.field(khieu, f));
        }
        assertEquals(-8, remembered.field(nai, 2));
        assertEquals(14, remembered.field(nai, RememberedSyllables.FIELDS - 1));
    }

    @Test
    public void forgetsEverythingWhenFullAndGoesOn() {
        RememberedSyllables remembered = new RememberedSyllables();
        int[] fields = new int[RememberedSyllables.FIELDS];
        for (int i = 0; i < RememberedSyllables.MAX_SYLLABLES; i++) {
            char[] syllable = ("s" + i).toCharArray();
            fields[0] = i;
            remembered.add(syllable, 0, syllable.length, fields);
        }
        char[] first = "s0".toCharArray();
        assertEquals(0, remembered.field(remembered.find(first, 0, 2), 0));
        char[] next = "tiếp".toCharArray();
        fields[0] = 42;
        int generation = remembered.generation();
        remembered.add(next, 0, next.length, fields);
        assertEquals("places found before are stale", generation + 1, remembered.generation());
        assertEquals(-1, remembered.find(first, 0, 2));
        assertEquals(42, remembered.field(remembered.find(next, 0, next.length), 0));
    }
}
