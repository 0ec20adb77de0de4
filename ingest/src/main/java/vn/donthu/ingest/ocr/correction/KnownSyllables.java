package vn.donthu.ingest.ocr.correction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.analysis.segment.Lexicon;

/**
 * The syllables of the lexicon's words, by their spelling with diacritics folded away: the
 * candidates an OCR diacritic error could have come from ("uy" → úy, ủy, ụy, ...).
 */
final class KnownSyllables {

    private final Map<String, List<String>> byFolded = new HashMap<>();

    KnownSyllables(Lexicon lexicon) {
        Map<String, Boolean> seen = new HashMap<>();
        for (String word : lexicon.words()) {
            for (String syllable : word.split(" ")) {
                if (seen.putIfAbsent(syllable, Boolean.TRUE) == null) {
                    byFolded.computeIfAbsent(VietnameseFolder.fold(syllable), k -> new ArrayList<>()).add(syllable);
                }
            }
        }
    }

    /** Known syllables spelled like {@code syllable} once diacritics are folded ({@code syllable} included, if known). */
    List<String> sameFolded(String syllable) {
        return byFolded.getOrDefault(VietnameseFolder.fold(syllable), List.of());
    }
}
