package vn.donthu.matter;

import java.time.LocalDate;
import java.util.List;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/**
 * A matter (vụ việc): the letters about one grievance of the same people, however often and to
 * however many agencies they were sent. The one definition of the matter document
 * ({@code matters.json}), shared by ingest, which groups letters into matters, and the API.
 *
 * @param id            the id of the letter that founded the matter, so that grouping the same letters
 *                      again gives the same ids
 * @param letterIds     every letter of the matter, in timeline order
 * @param timeline      one entry per letter, oldest first
 * @param firstDate     the date of the earliest letter (letter date, else received date)
 * @param lastDate      the date of the latest letter
 * @param letterCount   letters in the matter; one letter sent to five agencies counts five
 * @param sendings      distinct days on which letters were sent: one letter sent to five agencies on
 *                      one day (đơn gửi nhiều nơi) is one sending
 * @param peopleCount   the most people behind the matter: distinct petitioners named, or the largest signer count
 * @param kinds         every kind its letters were
 * @param subjectField  the statistics category most of its letters have
 * @param locality      where the matter is, from its first letter with a locality
 * @param highestLevel  the highest level any of its letters was sent to
 * @param deadlines     the legal deadlines that apply, counted from the first letter
 * @param dueDate       when the matter should have been resolved: the last of {@code deadlines}
 * @param overdue       a letter came after the due date: the matter was still raised when the law
 *                      says it should have been resolved
 * @param prolonged     kéo dài: raised again and again over months, or overdue
 * @param escalated     vượt cấp: a letter went above the competent level
 * @param crowded       đông người: five or more people
 * @param status        {@link MatterStatus}
 * @param grouping      what grouping compares new letters against; not shown to users
 * @param visits        the receptions (tiếp công dân) of the same people about it, oldest first
 */
public record Matter(
        String id,
        List<String> letterIds,
        List<TimelineEntry> timeline,
        LocalDate firstDate,
        LocalDate lastDate,
        int letterCount,
        int sendings,
        int peopleCount,
        List<LetterKind> kinds,
        String subjectField,
        Locality locality,
        RecipientLevel highestLevel,
        List<Deadline> deadlines,
        LocalDate dueDate,
        boolean overdue,
        boolean prolonged,
        boolean escalated,
        boolean crowded,
        MatterStatus status,
        Grouping grouping,
        List<VisitEntry> visits) {

    public Matter {
        visits = visits == null ? List.of() : List.copyOf(visits);
        letterIds = List.copyOf(letterIds);
        timeline = List.copyOf(timeline);
        kinds = List.copyOf(kinds);
        deadlines = List.copyOf(deadlines);
    }

    /** The names of the {@link MatterFlag}s set on this matter ("prolonged", ...), as letters carry them in {@code matter_flags}. */
    public List<String> flags() {
        return MatterFlag.of(this);
    }

    /** One letter on the matter's timeline. */
    public record TimelineEntry(
            String letterId, LocalDate date, RecipientLevel recipientLevel, String recipientName, List<LetterKind> kinds) {
        public TimelineEntry {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    /**
     * One reception of the matter's people on its timeline: no names, address or content, which stay in the
     * {@code visits} index.
     *
     * @param visitId     the visit's id in the {@code visits} index
     * @param peopleCount how many came; null when the register does not say
     * @param crowded     a group (đoàn đông người)
     * @param receivedBy  the receiving officer or body
     */
    public record VisitEntry(String visitId, LocalDate date, Integer peopleCount, boolean crowded, String receivedBy) {
    }

    /**
     * A legal deadline that applies to the matter.
     *
     * @param rule   the id of the row in {@code deadlines.tsv} it comes from
     * @param source the article of law that sets it
     */
    public record Deadline(String rule, String step, int days, String unit, String source, LocalDate start, LocalDate due) {
    }

    /**
     * The keys grouping looks matters up by, and one fingerprint per letter to score a new letter
     * against. Petitioners (and the accused) appear only as hashes of their folded names, so the
     * matters index holds no readable identity.
     */
    public record Grouping(
            List<String> bandKeys, List<String> nameKeys, List<String> parcelKeys, List<String> documentKeys,
            List<String> accusedKeys, List<Member> members) {
        public Grouping {
            bandKeys = List.copyOf(bandKeys);
            nameKeys = List.copyOf(nameKeys);
            accusedKeys = List.copyOf(accusedKeys);
            parcelKeys = List.copyOf(parcelKeys);
            documentKeys = List.copyOf(documentKeys);
            members = List.copyOf(members);
        }
    }

    /**
     * One letter as grouping sees it.
     *
     * @param signature the letter's MinHash signature over shingles of its folded syllables
     * @param placeKey  current province and commune, folded ("79|ben thanh"), null when unknown
     */
    public record Member(
            String letterId, LocalDate date, List<Integer> signature, List<String> nameKeys, List<String> parcelKeys,
            List<String> documentKeys, List<String> accusedKeys, String provinceKey, String placeKey, String subjectField, Locality locality,
            int signerCount, boolean crowded, boolean overLevel) {
        public Member {
            signature = List.copyOf(signature);
            nameKeys = List.copyOf(nameKeys);
            parcelKeys = List.copyOf(parcelKeys);
            documentKeys = List.copyOf(documentKeys);
            accusedKeys = accusedKeys == null ? List.of() : List.copyOf(accusedKeys);
        }
    }
}
