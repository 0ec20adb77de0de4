package vn.donthu.ingest.matter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.matter.Matter.Member;
import vn.donthu.visit.Visit;

/** Turns a letter into what grouping compares: its MinHash signature and folded keys for people, place, parcels and documents. */
final class Fingerprinter {

    private Fingerprinter() {
    }

    static LetterPrint of(Letter letter) {
        int[] signature = MinHash.signature(letter.text() == null ? "" : letter.text());
        LetterDetails details = letter.details();
        if (details == null) {
            return new LetterPrint(new Member(letter.id(), null, boxed(signature), List.of(), List.of(), List.of(), List.of(),
                    null, null, null, null, 0, false, false), signature);
        }
        Locality locality = details.locality();
        String province = provinceKey(locality);
        String place = placeKey(locality, province);
        List<String> names = hashedNames(details.petitioners().stream().map(LetterDetails.Petitioner::name).toList(), "n:");
        List<String> accused = hashedNames(details.accused(), "a:");
        List<String> parcels = details.parcels().stream()
                // Qualified by province only: the commune of one parcel is named differently before and after 2025.
                .map(p -> "p:" + province + "|" + fold(Objects.toString(p.parcel(), "")) + "/" + fold(Objects.toString(p.mapSheet(), "")))
                .distinct().sorted().toList();
        List<String> documents = details.citedDocuments().stream().filter(d -> d.number() != null)
                .map(d -> "d:" + province + "|" + fold(d.number()).replace(" ", "") + "|" + d.date())
                .distinct().sorted().toList();
        LocalDate date = details.letterDate() != null ? details.letterDate() : details.receivedDate();
        return new LetterPrint(new Member(letter.id(), date, boxed(signature), names, parcels, documents, accused, province, place,
                details.subjectField(), withoutAddress(locality), details.signerCount(), details.crowded(), details.overLevel()),
                signature);
    }

    /**
     * A visit as grouping compares it with letters: its content's signature, its visitors' folded names and
     * the locality of its address; it cites no parcel or document the register records.
     */
    static LetterPrint of(Visit visit, Locality locality) {
        int[] signature = MinHash.signature(visit.content() == null ? "" : visit.content());
        String province = provinceKey(locality);
        return new LetterPrint(new Member(visit.id(), visit.visitDate(), boxed(signature), hashedNames(visit.visitorNames(), "n:"),
                List.of(), List.of(), List.of(), province, placeKey(locality, province), null, withoutAddress(locality),
                visit.peopleCount() == null ? 0 : visit.peopleCount(), visit.crowded(), false), signature);
    }

    /** The units only: the address line may be a petitioner's home, which the matters index must not hold. */
    private static Locality withoutAddress(Locality l) {
        return l == null ? null : new Locality(l.codeList(), l.provinceCode(), l.provinceName(), l.districtCode(),
                l.districtName(), l.communeCode(), l.communeName(), l.currentProvinceCode(), l.currentProvinceName(), null);
    }

    private static List<Integer> boxed(int[] signature) {
        return Arrays.stream(signature).boxed().toList();
    }

    /** The current (34-province) unit, so that letters written before and after 2025 agree. */
    private static String provinceKey(Locality locality) {
        if (locality == null) {
            return null;
        }
        if (locality.currentProvinceCode() != null) {
            return locality.currentProvinceCode();
        }
        return locality.currentProvinceName() == null ? null : fold(locality.currentProvinceName());
    }

    /**
     * Commune names are compared only within one code list: communes were merged in 2025, so an old and a
     * new name may be the same place.
     */
    private static String placeKey(Locality locality, String province) {
        if (locality == null || province == null || locality.communeName() == null) {
            return null;
        }
        return province + "|" + locality.codeList() + "|" + fold(locality.communeName());
    }

    static String fold(String text) {
        return String.join(" ", VietnameseFolder.fold(text.toLowerCase(Locale.ROOT)).trim().split("\\s+"));
    }

    /** People are compared by a hash of their folded name, so that the matters index holds no readable identity. */
    private static List<String> hashedNames(List<String> names, String prefix) {
        return names.stream().filter(Objects::nonNull).map(Fingerprinter::fold).filter(n -> !n.isEmpty())
                .map(n -> prefix + hashed(n)).distinct().sorted().toList();
    }

    private static String hashed(String foldedName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(foldedName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
