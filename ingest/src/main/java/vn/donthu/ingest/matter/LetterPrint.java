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
    List<LookupKey> lookupKeys() {
        List<LookupKey> keys = new ArrayList<>();
        MinHash.bandKeys(signature).forEach(k -> keys.add(new LookupKey(LookupKey.Kind.BAND, k)));
        qualifiedNameKeys().forEach(k -> keys.add(new LookupKey(LookupKey.Kind.NAME, k)));
        qualifiedAccusedKeys().forEach(k -> keys.add(new LookupKey(LookupKey.Kind.ACCUSED, k)));
        member.parcelKeys().forEach(k -> keys.add(new LookupKey(LookupKey.Kind.PARCEL, k)));
        member.documentKeys().forEach(k -> keys.add(new LookupKey(LookupKey.Kind.DOCUMENT, k)));
        return keys;
    }

    /**
     * Petitioners (and the accused) looked up with their province, so that a common name does not bring up every matter
     * in the country; scoring compares the names alone.
     */
    List<String> qualifiedNameKeys() {
        return qualified(member.nameKeys());
    }

    List<String> qualifiedAccusedKeys() {
        return qualified(member.accusedKeys());
    }

    private List<String> qualified(List<String> names) {
        String province = member.provinceKey() == null ? "?" : member.provinceKey();
        return names.stream().map(name -> name + "@" + province).toList();
    }
}
