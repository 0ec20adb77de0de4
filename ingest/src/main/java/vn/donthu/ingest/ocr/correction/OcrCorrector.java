package vn.donthu.ingest.ocr.correction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.VietnameseLetters;
import vn.donthu.analysis.orthography.VietnameseSyllable;
import vn.donthu.analysis.segment.Lexicon;

/**
 * Repairs the diacritics Tesseract gets wrong on Vietnamese ("Úy ban nhân dân" → "Ủy ban nhân
 * dân", "đẩt đai" → "đất đai"), only where the evidence is strong. The evidence is the lexicon's
 * words around the syllable: a syllable that is part of no word with its neighbours is replaced by
 * the one known syllable, one diacritic away (another tone mark, ư/u, ơ/o, â/ă/a, ê/e, ô/o, đ/d),
 * that lets more of the phrase be read as lexicon words, when
 * <ul>
 *   <li>the syllable cannot exist in Vietnamese spelling, and the candidate joins a word; or</li>
 *   <li>the syllable is valid, and the candidate joins a word with a neighbour that no other word
 *       takes: "dân quận" is not turned into "dân quân" inside "Ủy ban nhân dân quận", where
 *       "nhân dân" already holds "dân".</li>
 * </ul>
 * A syllable alone, or text typed without diacritics ("boi thuong"), offers no evidence and stays
 * as read. No syllable is added or removed; names and abbreviations stay as read.
 */
public final class OcrCorrector {

    /** Syllables on each side of the one judged that can form a lexicon word with it. */
    private static final int REACH = Lexicon.MAX_SYLLABLES - 1;

    private final Lexicon lexicon;
    private final KnownSyllables known;

    OcrCorrector(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.known = new KnownSyllables(lexicon);
    }

    /** A corrector from the lexicon this build segments with. */
    public static OcrCorrector vietnamese() {
        return new OcrCorrector(Lexicon.installed());
    }

    public String correct(String ocrText) {
        String text = Normalizer.normalize(ocrText, Normalizer.Form.NFC);
        List<int[]> runs = letterRuns(text);
        StringBuilder corrected = new StringBuilder(text);
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            String original = text.substring(run[0], run[1]);
            String replacement = repair(phrase(text, runs, r), original.toLowerCase(Locale.ROOT));
            if (replacement != null) {
                // Same length: candidates differ from the original in one precomposed letter.
                corrected.replace(run[0], run[1], withCaseOf(original, replacement));
            }
        }
        return corrected.toString();
    }

    /** The syllables around run {@code r} in one phrase (spaces between them only), lower case; r at {@link Phrase#at}. */
    private static Phrase phrase(String text, List<int[]> runs, int r) {
        int from = r;
        while (from > 0 && r - from < REACH && adjacent(text, runs.get(from - 1), runs.get(from))) {
            from--;
        }
        int to = r;
        while (to + 1 < runs.size() && to - r < REACH && adjacent(text, runs.get(to), runs.get(to + 1))) {
            to++;
        }
        String[] syllables = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            syllables[i - from] = text.substring(runs.get(i)[0], runs.get(i)[1]).toLowerCase(Locale.ROOT);
        }
        return new Phrase(syllables, r - from);
    }

    private record Phrase(String[] syllables, int at) {
    }

    /** The better syllable for the one at {@code phrase.at}, or null to keep it. */
    private String repair(Phrase phrase, String syllable) {
        if (inAWord(phrase)) {
            return null;
        }
        boolean valid = VietnameseSyllable.isValid(syllable);
        int asRead = covered(phrase.syllables());
        String best = null;
        int bestGain = 0;
        boolean tie = false;
        for (String candidate : known.sameFolded(syllable)) {
            if (candidate.equals(syllable) || !oneDiacriticApart(syllable, candidate, !valid)) {
                continue;
            }
            String[] replaced = phrase.syllables().clone();
            replaced[phrase.at()] = candidate;
            int gain = covered(replaced) - asRead;
            if (gain > bestGain) {
                best = candidate;
                bestGain = gain;
                tie = false;
            } else if (gain == bestGain) {
                tie = true;
            }
        }
        return bestGain >= (valid ? 2 : 1) && !tie ? best : null;
    }

    /** Whether the syllable at the phrase's position is part of a lexicon word with its neighbours. */
    private boolean inAWord(Phrase phrase) {
        String[] syllables = phrase.syllables();
        for (int start = Math.max(0, phrase.at() - REACH); start <= phrase.at(); start++) {
            for (int end = Math.max(phrase.at(), start + 1); end < syllables.length && end - start < Lexicon.MAX_SYLLABLES; end++) {
                if (lexicon.contains(String.join(" ", Arrays.copyOfRange(syllables, start, end + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most syllables of the phrase that lexicon words of two or more syllables can cover without overlapping. */
    private int covered(String[] syllables) {
        int[] best = new int[syllables.length + 1];
        for (int end = 1; end <= syllables.length; end++) {
            best[end] = best[end - 1];
            for (int length = 2; length <= Math.min(end, Lexicon.MAX_SYLLABLES); length++) {
                if (best[end - length] + length > best[end]
                        && lexicon.contains(String.join(" ", Arrays.copyOfRange(syllables, end - length, end)))) {
                    best[end] = best[end - length] + length;
                }
            }
        }
        return best[syllables.length];
    }

    /**
     * Same length, one letter different, and that letter differs by one mark: its tone, or its
     * vowel hat/horn/breve, or the bar of đ. For a syllable that cannot exist, both marks of the
     * one letter may be wrong at once.
     */
    private static boolean oneDiacriticApart(String read, String candidate, boolean bothMarks) {
        if (read.length() != candidate.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < read.length(); i++) {
            char a = read.charAt(i);
            char b = candidate.charAt(i);
            if (a == b) {
                continue;
            }
            if (++differences > 1) {
                return false;
            }
            if (!bothMarks && !oneMark(a, b)) {
                return false;
            }
        }
        return differences == 1;
    }

    /**
     * The marks Tesseract confuses on a syllable it still reads as valid: acute, hook and dot
     * below for one another or for none ("Úy" for "Ủy", "a" for "ạ"), a lost or added horn, hat or
     * breve, d for đ. The huyền and ngã marks are read reliably; changing them would turn names
     * (Nguyễn) into words (nguyên).
     */
    private static boolean oneMark(char a, char b) {
        if (!VietnameseLetters.isVowel(a) || !VietnameseLetters.isVowel(b)) {
            return true; // d and đ: folding already matched them
        }
        Tone toneA = VietnameseLetters.toneOf(a);
        Tone toneB = VietnameseLetters.toneOf(b);
        if (toneA == toneB) {
            return true;
        }
        return VietnameseLetters.withoutTone(a) == VietnameseLetters.withoutTone(b) && confusable(toneA) && confusable(toneB);
    }

    private static boolean confusable(Tone tone) {
        return tone != Tone.HUYEN && tone != Tone.NGA;
    }

    /** [start, end) of every run of letters. */
    private static List<int[]> letterRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i))) {
                int start = i;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                runs.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        return runs;
    }

    /** Neighbours in one phrase: only spaces between them (a line break inside a sentence counts too). */
    private static boolean adjacent(String text, int[] first, int[] second) {
        for (int i = first[1]; i < second[0]; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String withCaseOf(String original, String replacement) {
        StringBuilder cased = new StringBuilder(replacement.length());
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            cased.append(Character.isUpperCase(original.charAt(i)) ? Character.toUpperCase(c) : c);
        }
        return cased.toString();
    }
}
