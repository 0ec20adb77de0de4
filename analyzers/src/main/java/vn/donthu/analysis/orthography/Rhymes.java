package vn.donthu.analysis.orthography;

import java.util.HashMap;
import java.util.Map;

/**
 * Every rhyme Vietnamese spelling allows, as written after the onset and without tone: the medial
 * glide, the nucleus and the coda it splits into.
 *
 * <p>The inventory follows the standard description of the Vietnamese syllable (onset, medial
 * o/u, nucleus, coda): each nucleus is listed with the codas it takes. It covers the rhymes of the
 * common vocabulary and of loanwords long written as Vietnamese (boong, soóc, tuýp): of the 6,600
 * lower-case words of the hunspell-vi dictionary it rejects 24, all of them foreign words
 * (email, gram, tivi), the dialect and interjection rhymes ưm and ưn (chưn, hừm), and a few rare
 * spellings (quoắt, quấc). A petition letter holds none of them, and treating them as misspellings
 * keeps the table strict where OCR correction needs it.
 */
final class Rhymes {

    /** A rhyme split into its written parts. */
    record Rhyme(String medial, String nucleus, String coda) {
    }

    private static final String[] STOP_CODAS = {"c", "ch", "p", "t"};

    /** Nucleus, then the codas it takes ("" for none), without a medial glide. */
    private static final String[][] PLAIN = {
        {"a", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"},
        {"ă", "c", "m", "n", "ng", "p", "t"},
        {"â", "c", "m", "n", "ng", "p", "t", "u", "y"},
        {"e", "", "c", "m", "n", "ng", "p", "t", "o"},
        {"ê", "", "ch", "m", "n", "nh", "p", "t", "u"},
        {"i", "", "ch", "m", "n", "nh", "p", "t", "u"},
        {"y", ""},
        {"o", "", "c", "m", "n", "ng", "p", "t", "i"},
        {"oo", "c", "ng"},
        {"ô", "", "c", "m", "n", "ng", "p", "t", "i"},
        {"ơ", "", "m", "n", "p", "t", "i"},
        {"u", "", "c", "m", "n", "ng", "p", "t", "i"},
        {"ư", "", "c", "ng", "t", "i", "u"},
        // The diphthongs: written iê/yê, uô, ươ before a coda, and ia, ua, ưa in an open syllable.
        {"iê", "c", "m", "n", "ng", "p", "t", "u"},
        {"yê", "c", "m", "n", "ng", "p", "t", "u"},
        {"ia", ""},
        {"uô", "c", "m", "n", "ng", "t", "i"},
        {"ua", ""},
        {"ươ", "c", "m", "n", "ng", "p", "t", "i", "u"},
        {"ưa", ""},
    };

    /** After the medial o, written before a, ă and e: hoa, hoặc, khoe, ngoao. */
    private static final String[][] AFTER_MEDIAL_O = {
        {"a", "", "c", "ch", "i", "y", "m", "n", "ng", "nh", "p", "t", "o"},
        {"ă", "c", "m", "n", "ng", "t"},
        {"e", "", "n", "t", "o"},
    };

    /** After the medial u, written before â, ê, y, ơ and the diphthong iê (yê, ya): tuần, thuế, thủy, thuở, thuyền, khuya. */
    private static final String[][] AFTER_MEDIAL_U = {
        {"â", "n", "ng", "t", "y"},
        {"ê", "", "ch", "nh"},
        {"y", "", "ch", "nh", "p", "t", "u"},
        {"yê", "n", "t"},
        {"ya", ""},
        {"ơ", ""},
    };

    /**
     * After qu, whose u is the medial glide: written quê, quân, quý, quyết, and qua where another
     * onset would write hoa. The i of qui and quít is an old spelling of quy and quýt.
     */
    private static final String[][] AFTER_QU = {
        {"a", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"},
        {"ă", "c", "m", "n", "ng", "p", "t"},
        {"â", "n", "ng", "t", "y"},
        {"e", "", "n", "t", "o"},
        {"ê", "", "ch", "n", "nh", "t", "u"},
        {"i", "", "t"},
        {"y", "", "ch", "nh", "t"},
        {"yê", "n", "t"},
        {"ơ", ""},
        {"ô", "c"},
    };

    private static final Map<String, Rhyme> RHYMES = new HashMap<>();
    private static final Map<String, Rhyme> RHYMES_AFTER_QU = new HashMap<>();

    static {
        add(RHYMES, "", PLAIN);
        add(RHYMES, "o", AFTER_MEDIAL_O);
        add(RHYMES, "u", AFTER_MEDIAL_U);
        add(RHYMES_AFTER_QU, "", AFTER_QU);
    }

    private Rhymes() {
    }

    private static void add(Map<String, Rhyme> rhymes, String medial, String[][] table) {
        for (String[] row : table) {
            String nucleus = row[0];
            for (int i = 1; i < row.length; i++) {
                String written = medial + nucleus + row[i];
                // Two splits of one written rhyme would make parsing ambiguous: the table must not allow it.
                if (rhymes.put(written, new Rhyme(medial, nucleus, row[i])) != null) {
                    throw new AssertionError("rhyme listed twice: " + written);
                }
            }
        }
    }

    /** The rhyme written {@code rhyme} (lower case, without tone) after any onset but qu, or null. */
    static Rhyme find(String rhyme) {
        return RHYMES.get(rhyme);
    }

    /** The rhyme written {@code rhyme} after qu, or null. */
    static Rhyme findAfterQu(String rhyme) {
        return RHYMES_AFTER_QU.get(rhyme);
    }

    static boolean isStop(String coda) {
        for (String stop : STOP_CODAS) {
            if (stop.equals(coda)) {
                return true;
            }
        }
        return false;
    }
}
