package vn.donthu.letter;

/** The administrative level a letter is addressed to, from the commune up to the central bodies. */
public enum RecipientLevel {
    XA,
    HUYEN,
    TINH,
    TRUNG_UONG
}
