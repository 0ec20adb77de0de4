package vn.donthu.letter;

/** How the text of a letter was obtained; search results show it so a reader knows how far to trust the text. */
public enum ExtractionMethod {
    /** Born-digital text: a PDF text layer, an office document, a plain text file. */
    TEXT_LAYER,
    /** Every page was recognised by OCR. */
    OCR,
    /** Some pages had a text layer and the others were recognised by OCR. */
    MIXED,
    /** Nothing readable was found (a blank scan, an empty document). */
    NONE
}
