package vn.donthu.analysis.orthography;

import java.util.Optional;
import java.util.Set;

/**
 * One written Vietnamese syllable split into its parts: onset (initial consonant), medial glide (o
 * or u), nucleus (main vowel or diphthong), coda (final consonant or semivowel) and tone. The parts
 * are given as written, in lower case and without tone.
 *
 * <p>{@link #parse} accepts what Vietnamese spelling allows:
 * <ul>
 *   <li>onsets b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x, or none; p alone
 *       only begins loanwords (pin) but these are everyday words now;</li>
 *   <li>k, gh and ngh before the front vowels e ê i y iê ia, and c, g and ng before every other
 *       vowel: "nghe" and "kẻ" are valid, "nge", "ke" spelled "ce" and "ngea" are not;</li>
 *   <li>qu is one written onset: its u is the medial glide, and never takes the tone mark (quý);
 *       c, k, gh, ngh and gi take no medial (a medial after /k/ is written qu);</li>
 *   <li>gi before a consonant or at the end also stands for the vowel i (gì, gìn), and before ê for
 *       the i of the diphthong iê (giếng, giết);</li>
 *   <li>the rhymes of {@link Rhymes}: ă and â and the diphthongs iê uô ươ only before a coda, ia ua
 *       ưa only without one, iê written yê without an onset or after the medial u (yêu, quyết);</li>
 *   <li>a syllable closed by c, ch, p or t only with the sắc or nặng tone (các, học; not càc);</li>
 *   <li>at most one tone mark.</li>
 * </ul>
 *
 * <p>Where the tone mark sits is not part of what {@code parse} checks: "hòa", "hoà" and the
 * misplaced "hòang" all parse, so that {@link ToneMarkPlacement} can move the mark where it belongs.
 * {@link #isValid} is stricter: the mark must sit where one of the two accepted styles puts it.
 * By those rules "úy" (đại úy) and "uý" are both valid spellings of one syllable, so OCR output such
 * as "Úy ban" cannot be told from a valid word by spelling alone; that takes a dictionary.
 */
public final class VietnameseSyllable {

    /** The longest syllables have seven letters: nghiêng, khuếch, nguyễn has six. */
    private static final int MAX_LENGTH = 8;
    private static final String CONSONANTS = "bcdđghklmnpqrstvx";
    private static final String[] ONSETS = {
        "ngh", "ng", "gh", "nh", "kh", "ch", "ph", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    };
    private static final Set<String> FRONT_NUCLEI = Set.of("e", "ê", "i", "y", "iê", "ia");
    /** Onsets never followed by a medial glide: after /k/ it is written qu, and gh, ngh, gi take none. */
    private static final Set<String> ONSETS_WITHOUT_MEDIAL = Set.of("c", "k", "gh", "ngh", "gi");
    private static final Set<String> ONSETS_BEFORE_BACK_VOWELS = Set.of("c", "g", "ng");
    private static final Set<String> ONSETS_BEFORE_FRONT_VOWELS = Set.of("k", "gh", "ngh");
    /** Onsets before which y alone is written, as a spelling of i (kỳ, lý, Mỹ, quý) or in given names (Vy, Thy). */
    private static final Set<String> ONSETS_BEFORE_Y = Set.of("", "h", "k", "l", "m", "s", "t", "th", "v");

    private final String text;
    private final String onset;
    private final String medial;
    private final String nucleus;
    private final String coda;
    private final Tone tone;
    private final int toneMarkIndex;
    private final int medialStart;
    private final int nucleusStart;

    private VietnameseSyllable(String text, String onset, String medial, String nucleus, String coda,
            Tone tone, int toneMarkIndex, int medialStart, int nucleusStart) {
        this.text = text;
        this.onset = onset;
        this.medial = medial;
        this.nucleus = nucleus;
        this.coda = coda;
        this.tone = tone;
        this.toneMarkIndex = toneMarkIndex;
        this.medialStart = medialStart;
        this.nucleusStart = nucleusStart;
    }

    /** Whether {@code text} is a Vietnamese syllable (in NFC, any case) with its tone mark where it belongs. */
    public static boolean isValid(CharSequence text) {
        return parse(text).map(VietnameseSyllable::hasStandardToneMarkPlacement).orElse(false);
    }

    /**
     * {@code text} (NFC, any case) as a Vietnamese syllable, wherever its tone mark sits; empty if
     * Vietnamese spelling does not allow it.
     */
    public static Optional<VietnameseSyllable> parse(CharSequence text) {
        int length = text.length();
        if (length == 0 || length > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder letters = new StringBuilder(length);
        Tone tone = Tone.NGANG;
        int toneMarkIndex = -1;
        for (int i = 0; i < length; i++) {
            char original = text.charAt(i);
            char c = Character.toLowerCase(original);
            // Look-alikes that lower-case to a Vietnamese letter (Turkish İ, the Kelvin sign) are not one.
            if (original != c && Character.toUpperCase(c) != original) {
                return Optional.empty();
            }
            Tone letterTone = VietnameseLetters.toneOf(c);
            if (letterTone == null) {
                if (CONSONANTS.indexOf(c) < 0) {
                    return Optional.empty();
                }
            } else if (letterTone != Tone.NGANG) {
                if (toneMarkIndex >= 0) {
                    return Optional.empty();
                }
                tone = letterTone;
                toneMarkIndex = i;
            }
            letters.append(VietnameseLetters.withoutTone(c));
        }
        return split(text.toString(), letters.toString(), tone, toneMarkIndex);
    }

    private static Optional<VietnameseSyllable> split(String text, String letters, Tone tone, int toneMarkIndex) {
        String onset;
        int rhymeStart;
        if (letters.startsWith("qu")) {
            onset = "qu";
            rhymeStart = 2;
        } else if (letters.startsWith("gi")) {
            onset = "gi";
            // Before a consonant or at the end, the i of gi is also the nucleus: gì, gìn.
            rhymeStart = letters.length() > 2 && isVowel(letters.charAt(2)) ? 2 : 1;
        } else {
            onset = onsetOf(letters);
            rhymeStart = onset.length();
        }
        String written = letters.substring(rhymeStart);
        Rhymes.Rhyme rhyme = findRhyme(onset, rhymeStart, written);
        if (rhyme == null || !fitsOnset(onset, rhyme) || (Rhymes.isStop(rhyme.coda()) && !tone.allowsStopCoda())) {
            return Optional.empty();
        }
        int nucleusStart = rhymeStart + rhyme.medial().length();
        // The nucleus as written: the i of iê is written by gi in giếng.
        String nucleus = letters.substring(nucleusStart, letters.length() - rhyme.coda().length());
        return Optional.of(new VietnameseSyllable(text, onset, rhyme.medial(), nucleus, rhyme.coda(),
                tone, toneMarkIndex, rhymeStart, nucleusStart));
    }

    private static String onsetOf(String letters) {
        for (String onset : ONSETS) {
            if (letters.startsWith(onset)) {
                return onset;
            }
        }
        return "";
    }

    private static Rhymes.Rhyme findRhyme(String onset, int rhymeStart, String written) {
        if (onset.equals("qu")) {
            return Rhymes.findAfterQu(written);
        }
        if (onset.equals("gi") && rhymeStart == 2) {
            if (written.startsWith("i") || written.startsWith("y")) {
                return null;
            }
            if (written.startsWith("ê")) {
                Rhymes.Rhyme diphthong = Rhymes.find("i" + written);
                if (diphthong != null && diphthong.nucleus().equals("iê")) {
                    return diphthong;
                }
            }
        }
        return Rhymes.find(written);
    }

    private static boolean fitsOnset(String onset, Rhymes.Rhyme rhyme) {
        if (onset.equals("qu")) {
            return true;
        }
        if (!rhyme.medial().isEmpty()) {
            return !ONSETS_WITHOUT_MEDIAL.contains(onset);
        }
        String nucleus = rhyme.nucleus();
        boolean front = FRONT_NUCLEI.contains(nucleus);
        if (front ? ONSETS_BEFORE_BACK_VOWELS.contains(onset) : ONSETS_BEFORE_FRONT_VOWELS.contains(onset)) {
            return false;
        }
        return switch (nucleus) {
            case "y" -> ONSETS_BEFORE_Y.contains(onset);
            case "iê" -> !onset.isEmpty();
            case "yê" -> onset.isEmpty();
            default -> true;
        };
    }

    private static boolean isVowel(char c) {
        return VietnameseLetters.isVowel(c);
    }

    /** The syllable as given. */
    public String text() {
        return text;
    }

    public String onset() {
        return onset;
    }

    /** The medial glide, o or u, or "" (also after qu, whose u is its glide). */
    public String medial() {
        return medial;
    }

    /** The nucleus as written: a single vowel, or a diphthong (iê yê ia ya uô ua ươ ưa) or oo. */
    public String nucleus() {
        return nucleus;
    }

    public String coda() {
        return coda;
    }

    public Tone tone() {
        return tone;
    }

    /** Index in {@link #text} of the letter that carries the tone mark, or -1 for the level tone. */
    public int toneMarkIndex() {
        return toneMarkIndex;
    }

    /** Whether the tone mark sits where the traditional or the modern style puts it (see {@link ToneMarkPlacement}). */
    public boolean hasStandardToneMarkPlacement() {
        return tone == Tone.NGANG
                || toneMarkIndex == toneMarkIndex(ToneMarkPlacement.Style.TRADITIONAL)
                || toneMarkIndex == toneMarkIndex(ToneMarkPlacement.Style.MODERN);
    }

    /**
     * Index in {@link #text} of the letter that carries the tone mark in {@code style}: the first
     * vowel of oa, oe, uy without a coda in the traditional style, otherwise the main vowel: the
     * single vowel, the second letter of a diphthong before a coda (tiến, muốn, người), the first of
     * an open one (mía, mùa, mưa).
     */
    int toneMarkIndex(ToneMarkPlacement.Style style) {
        if (!medial.isEmpty() && coda.isEmpty() && (nucleus.equals("a") || nucleus.equals("e") || nucleus.equals("y"))) {
            return style == ToneMarkPlacement.Style.TRADITIONAL ? medialStart : nucleusStart;
        }
        return nucleus.length() == 2 && !coda.isEmpty() ? nucleusStart + 1 : nucleusStart;
    }

    /** Index in {@link #text} of the first letter of the nucleus. */
    int nucleusStart() {
        return nucleusStart;
    }

    @Override
    public String toString() {
        return text + " [" + onset + "|" + medial + "|" + nucleus + "|" + coda + "|" + tone + "]";
    }
}
