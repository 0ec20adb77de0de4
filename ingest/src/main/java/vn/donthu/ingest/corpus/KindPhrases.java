package vn.donthu.ingest.corpus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.donthu.letter.LetterKind;

/** Titles, openings, requests and signature labels of each kind of letter, from {@code kinds.txt}. */
record KindPhrases(Map<LetterKind, PhraseBook.Block> byKind, PhraseBook.Block vague) {

    static KindPhrases load() {
        Map<LetterKind, PhraseBook.Block> byKind = new EnumMap<>(LetterKind.class);
        PhraseBook.Block vague = null;
        for (PhraseBook.Block b : PhraseBook.read("kinds.txt", "kind")) {
            if (b.name().equals("VAGUE")) {
                vague = b;
            } else {
                byKind.put(LetterKind.valueOf(b.name()), b);
            }
        }
        if (vague == null || byKind.size() != LetterKind.values().length) {
            throw new IllegalStateException("kinds.txt must describe every kind and VAGUE titles");
        }
        return new KindPhrases(byKind, vague);
    }

    List<String> of(LetterKind kind, String key) {
        return byKind.get(kind).all(key);
    }
}
