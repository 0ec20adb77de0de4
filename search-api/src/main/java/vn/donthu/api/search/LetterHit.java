package vn.donthu.api.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/**
 * One letter in a result list: how its text was obtained, what was understood from it, and the
 * passages that matched. {@code textForm} says whether the reader sees the full text or the text
 * with personal data masked; in the masked form the file name, path and petitioners are left out,
 * since a clerk may have named a file after its sender.
 */
public record LetterHit(String id, TextForm textForm, String fileName, String sourcePath, String mediaType, int pageCount,
                        ExtractionMethod extractionMethod, Float ocrConfidence, Instant ingestedAt, double score,
                        List<LetterKind> kinds, String subjectField, LocalDate letterDate, LocalDate receivedDate,
                        Place locality, String recipient, RecipientLevel recipientLevel, Boolean crowded, Boolean overLevel,
                        Integer signerCount, String matterId, List<String> petitioners, List<Snippet> snippets) {

    public enum TextForm { FULL, REDACTED }

    /** The administrative units of the letter, without the street address (which identifies the sender). */
    public record Place(String codeList, String provinceCode, String provinceName, String districtCode, String districtName,
                        String communeCode, String communeName, String currentProvinceCode, String currentProvinceName) {

        /** The units of {@code locality}, never its address text; null for null. */
        public static Place of(LetterDetails.Locality l) {
            return l == null ? null : new Place(l.codeList(), l.provinceCode(), l.provinceName(), l.districtCode(),
                    l.districtName(), l.communeCode(), l.communeName(), l.currentProvinceCode(), l.currentProvinceName());
        }
    }
}
