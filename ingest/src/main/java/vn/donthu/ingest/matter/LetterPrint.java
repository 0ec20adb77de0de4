package vn.donthu.ingest.matter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.matter.Matter.Member;

/** A letter as grouping compares it: its stored {@link Member} with the signature unboxed for speed. */
record LetterPrint(Member member, int[] signature) {

    static LetterPrint of(Member member) {
        return new LetterPrint(member, member.signature().stream().mapToInt(Integer::intValue).toArray());
    }

    String letterId() {
        return member.letterId();
    }

    LocalDate date() {
        return member.date();
    }

    /** The keys a matter holding this letter is found by: its LSH bands, petitioners, parcels and documents. */
    List<String> lookupKeys() {
        List<String> keys = new ArrayList<>(MinHash.bandKeys(signature));
        keys.addAll(qualifiedNameKeys());
        keys.addAll(member.parcelKeys());
        keys.addAll(member.documentKeys());
        return keys;
    }

    /**
     * Petitioners looked up with their province, so that a common name does not bring up every matter
     * in the country; scoring compares the names alone.
     */
    List<String> qualifiedNameKeys() {
        String province = member.provinceKey() == null ? "?" : member.provinceKey();
        return member.nameKeys().stream().map(name -> name + "@" + province).toList();
    }
}
