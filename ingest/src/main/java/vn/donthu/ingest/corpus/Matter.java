package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.ingest.understand.recipient.Competence;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/**
 * The facts of one matter (vụ việc), fixed for every letter written about it; the wording of each
 * letter varies.
 *
 * @param kinds     the first is the main kind; a second makes "đơn có nhiều nội dung"
 * @param people    the senders; empty for an anonymous letter; more than one for a couple or a group
 * @param group     a group of households with a signer list (not a couple)
 * @param issuer    the body that issued the document at issue, named as it was then
 * @param actLevel  the level of the act or person at issue, which decides the competent level
 * @param accused   the person or body complained about, null when there is none
 */
record Matter(String id, Topic topic, List<LetterKind> kinds, Place place, String hamlet, List<Person> people,
              boolean group, String issuer, RecipientLevel actLevel, Accused accused, CitedDocument document,
              LandParcel parcel, String area, String money, int year, String project, String company,
              LocalDate start) {

    /** The person or body at issue: {@code name} goes to the truth, {@code full} and {@code short} into the text. */
    record Accused(String name, String full, String shortForm) {}

    boolean anonymous() {
        return people.isEmpty();
    }

    /**
     * The level competent for this matter on {@code date}, from the reader's competence table so that
     * the truth and the reading follow one rule (Luật Tố cáo 2018 art. 13: a commune civil servant is
     * the commune chairman's to handle, the commune chairman or vice-chairman the district's; since
     * 2025-07-01 what the district handled goes to the province). Letters are first complaints.
     */
    RecipientLevel competentLevel(LocalDate date) {
        LetterKind kind = kinds.get(0);
        String kase = switch (kind) {
            case KHIEU_NAI -> Competence.FIRST;
            case TO_CAO -> Competence.denunciationCase(accused == null ? ""
                    : VietnameseFolder.fold(accused.full()).toLowerCase(Locale.ROOT));
            default -> Competence.ANY;
        };
        return Competence.competentLevel(kind, kase, actLevel, date);
    }
}
