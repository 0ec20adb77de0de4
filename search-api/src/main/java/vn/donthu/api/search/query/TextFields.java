package vn.donthu.api.search.query;

import vn.donthu.letter.LetterFields;

/**
 * The three indexed forms of one text a query runs over: as written, cut into words, folded.
 * Letters are searched either in their full text or in the text with personal data masked,
 * depending on who is reading (see {@code vn.donthu.api.access.PersonalDataPolicy}).
 */
public record TextFields(String exact, String words, String folded) {

    public static final TextFields FULL = new TextFields(LetterFields.TEXT, LetterFields.TEXT_WORDS, LetterFields.TEXT_FOLDED);
    public static final TextFields REDACTED = new TextFields(LetterFields.REDACTED_TEXT,
            LetterFields.REDACTED_TEXT + ".words", LetterFields.REDACTED_TEXT + ".folded");
}
