package vn.donthu.ingest.ocr.correction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.analysis.segment.Lexicon;

/**
 * What the lexicon says about syllables: how many words each one appears in, which pairs follow
 * each other inside a word, and which known syllables share a spelling once diacritics are folded
 * away (the candidates an OCR diacritic error could have come from).
 */
final class SyllableStatistics {

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> pairs = new HashMap<>();
    private final Map<String, List<String>> byFolded = new HashMap<>();

    SyllableStatistics(Lexicon lexicon) {
        for (String word : lexicon.words()) {
            String[] syllables = word.split(" ");
            for (int i = 0; i < syllables.length; i++) {
                if (words.merge(syllables[i], 1, Integer::sum) == 1) {
                    byFolded.computeIfAbsent(VietnameseFolder.fold(syllables[i]), k -> new ArrayList<>()).add(syllables[i]);
                }
                if (i > 0) {
                    pairs.merge(syllables[i - 1] + ' ' + syllables[i], 1, Integer::sum);
                }
            }
        }
    }

    /** Lexicon words containing {@code syllable} (lower case). */
    int words(String syllable) {
        return words.getOrDefault(syllable, 0);
    }

    /** Lexicon words in which {@code first} is directly followed by {@code second}; 0 when either is null. */
    int pair(String first, String second) {
        return first == null || second == null ? 0 : pairs.getOrDefault(first + ' ' + second, 0);
    }

    /** Known syllables spelled like {@code syllable} once diacritics are folded (it included, if known). */
    List<String> sameFolded(String syllable) {
        return byFolded.getOrDefault(VietnameseFolder.fold(syllable), List.of());
    }
}
