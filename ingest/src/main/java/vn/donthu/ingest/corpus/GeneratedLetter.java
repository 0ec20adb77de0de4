package vn.donthu.ingest.corpus;

import vn.donthu.letter.LetterDetails;

/**
 * A generated petition letter and what a perfect reader would understand from it.
 *
 * @param id       stable within a seed ("L0000042")
 * @param matterId the matter (vụ việc) the letter belongs to; letters of one matter share it
 * @param text     the letter as typed, NFC, blocks separated by blank lines
 * @param details  the ground truth, in the shared model so that extraction compares field by field;
 *                 every span in it indexes {@code text}
 */
public record GeneratedLetter(String id, String matterId, String text, LetterDetails details) {
}
