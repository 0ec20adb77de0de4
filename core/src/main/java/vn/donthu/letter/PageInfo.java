package vn.donthu.letter;

/**
 * One page of a letter: where its text starts in {@link Letter#text()}, how it was read and, when
 * OCRed, Tesseract's mean word confidence (0–100). Search uses the starts to say which page matched.
 */
public record PageInfo(int number, int start, ExtractionMethod method, Float confidence) {
}
