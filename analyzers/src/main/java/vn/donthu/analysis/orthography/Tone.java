package vn.donthu.analysis.orthography;

/**
 * The six tones of Vietnamese, named as Vietnamese schools name them, each with the combining mark
 * that writes it ({@code NGANG}, the level tone, has none).
 */
public enum Tone {
    NGANG(0),
    HUYEN('\u0300'),
    SAC('\u0301'),
    HOI('\u0309'),
    NGA('\u0303'),
    NANG('\u0323');

    private final char combiningMark;

    Tone(int combiningMark) {
        this.combiningMark = (char) combiningMark;
    }

    /** The combining mark of this tone, or 0 for {@link #NGANG}. */
    public char combiningMark() {
        return combiningMark;
    }

    /** Whether this tone may close a syllable on c, ch, p or t: only the two "entering" tones. */
    public boolean allowsStopCoda() {
        return this == SAC || this == NANG;
    }
}
