package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.util.List;
import vn.donthu.letter.LetterDetails.Recipient;

/**
 * One letter of a matter's series: when, to whom, and what came before.
 *
 * @param copiesTo       the other bodies the same letter went to that day ("Đồng kính gửi"), when it says so
 * @param previousDate   the date of an earlier letter of the matter that this one mentions, or null
 * @param textSeed       letters sent to several bodies on one day share it, so their bodies are the same text
 */
record LetterPlan(int number, LocalDate date, Recipient recipient, boolean overLevel, List<Recipient> copiesTo,
                  LocalDate previousDate, Recipient previousRecipient, long textSeed) {
}
