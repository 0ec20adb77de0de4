package vn.donthu.analysis.segment;

/** A lexicon entry that is not a word of two or more syllables, with where it was found. */
public final class LexiconFormatException extends IllegalArgumentException {

    private final String source;
    private final int line;
    private final String entry;

    LexiconFormatException(String source, int line, String entry, String problem) {
        super(source + ":" + line + ": bad lexicon entry [" + entry + "]: " + problem);
        this.source = source;
        this.line = line;
        this.entry = entry;
    }

    /** The file or resource the entry comes from. */
    public String source() {
        return source;
    }

    /** The entry's line, from 1. */
    public int line() {
        return line;
    }

    /** The entry as written. */
    public String entry() {
        return entry;
    }
}
