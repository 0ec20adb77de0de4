package vn.donthu.analysis.encoding;

/** Decodes the words of one legacy Vietnamese encoding, as they arrive decoded as windows-1252 or ISO-8859-1. */
interface LegacyDecoder {

    /** Whether {@code c} stands for a Vietnamese letter, or part of one, in this encoding: it belongs to a word. */
    boolean isLegacyLetter(char c);

    /** Appends the word {@code text[start, end)}, decoded, to {@code out}; chars that stand for nothing are kept. */
    void decodeWord(CharSequence text, int start, int end, DecodedTextBuilder out);

    /** Fixes what only the whole decoded text tells, once every word is decoded; nothing by default. */
    default void finish(DecodedTextBuilder out) {
    }
}
