package vn.donthu.ingest.understand;

import java.util.ArrayList;
import java.util.List;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterDetails.TextSpan;

/** Every place a petitioner's name is written, with or without diacritics, so that none is left unmasked. */
final class NameOccurrences {

    private NameOccurrences() {
    }

    static List<TextSpan> of(FoldedText text, List<Petitioner> petitioners) {
        List<TextSpan> spans = new ArrayList<>();
        String folded = text.folded();
        for (Petitioner petitioner : petitioners) {
            String name = VietnameseFolder.fold(petitioner.name()).toLowerCase();
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if ((at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                        && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
                    spans.add(new TextSpan("name", at, end));
                }
            }
        }
        return spans;
    }
}
