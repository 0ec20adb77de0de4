package vn.donthu.ingest.ocr.correction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.VietnameseLetters;
import vn.donthu.analysis.orthography.VietnameseSyllable;
import vn.donthu.analysis.segment.Lexicon;

/**
 * Repairs the diacritics Tesseract gets wrong on Vietnamese ("Úy ban" → "Ủy ban", "đẩt đai" →
 * "đất đai"), only where the evidence is strong. A syllable is replaced by a known syllable one
 * diacritic away (another tone mark, ư/u, ơ/o, â/ă/a, ê/e, ô/o, đ/d) when:
 * <ul>
 *   <li>it cannot exist in Vietnamese spelling and the replacement is the only candidate, or the
 *       only one forming a lexicon word with a neighbouring syllable; or</li>
 *   <li>it is a valid syllable that forms no lexicon word with either neighbour, while exactly one
 *       candidate does.</li>
 * </ul>
 * Nothing else changes: no syllable is added or removed, unknown names and abbreviations stay as read.
 */
public final class OcrCorrector {

    private final SyllableStatistics statistics;

    OcrCorrector(Lexicon lexicon) {
        this.statistics = new SyllableStatistics(lexicon);
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
            String previous = r > 0 && adjacent(text, runs.get(r - 1), runs.get(r)) ? lower(text, runs.get(r - 1)) : null;
            String next = r + 1 < runs.size() && adjacent(text, runs.get(r), runs.get(r + 1)) ? lower(text, runs.get(r + 1)) : null;
            int[] run = runs.get(r);
            String original = text.substring(run[0], run[1]);
            String replacement = repair(original.toLowerCase(Locale.ROOT), previous, next);
            if (replacement != null) {
                // Same length: candidates differ from the original in one precomposed letter.
                corrected.replace(run[0], run[1], withCaseOf(original, replacement));
            }
        }
        return corrected.toString();
    }

    /** The better syllable for {@code syllable} between its neighbours, or null to keep it. */
    private String repair(String syllable, String previous, String next) {
        boolean valid = VietnameseSyllable.isValid(syllable);
        if (valid && context(syllable, previous, next) > 0) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (String known : statistics.sameFolded(syllable)) {
            if (!known.equals(syllable) && oneDiacriticApart(syllable, known, !valid)) {
                candidates.add(known);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String best = null;
        int bestContext = 0;
        boolean tie = false;
        for (String candidate : candidates) {
            int context = context(candidate, previous, next);
            if (context > bestContext) {
                best = candidate;
                bestContext = context;
                tie = false;
            } else if (context == bestContext && context > 0) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return best;
        }
        return !valid && candidates.size() == 1 && bestContext == 0 ? candidates.get(0) : null;
    }

    private int context(String syllable, String previous, String next) {
        return statistics.pair(previous, syllable) + statistics.pair(syllable, next);
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

    private static boolean oneMark(char a, char b) {
        if (!VietnameseLetters.isVowel(a) || !VietnameseLetters.isVowel(b)) {
            return true; // d and đ: folding already matched them
        }
        Tone toneA = VietnameseLetters.toneOf(a);
        Tone toneB = VietnameseLetters.toneOf(b);
        return toneA == toneB || VietnameseLetters.withoutTone(a) == VietnameseLetters.withoutTone(b);
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

    private static String lower(String text, int[] run) {
        return text.substring(run[0], run[1]).toLowerCase(Locale.ROOT);
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
