package vn.donthu.ingest.understand.people;

import java.util.Set;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;

/**
 * Vietnamese personal names as written in letters: a family name, then one to four capitalised
 * syllables ("Nguyễn Văn Thắng", "NGUYỄN THỊ HOA", "Nguyen Van Thang" typed without diacritics).
 * Requiring a known family name first keeps "Ủy ban nhân dân" and "Chủ tịch" out.
 */
public final class PersonNames {

    private static final Set<String> FAMILY_NAMES = Set.copyOf(java.util.List.of(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
            "ngo", "duong", "ly", "dinh", "dao", "doan", "lam", "mai", "trinh", "truong", "luong", "luu", "cao",
            "ha", "ta", "tong", "quach", "kieu", "la", "chu", "chau", "thai", "van", "vuong", "khuat", "lai",
            "lo", "nong", "tang", "trieu", "lieu", "phung", "dam", "giang", "han", "hua", "khong", "lu", "mac",
            "ninh", "quan", "thach", "tieu", "to", "tu", "ung", "vi", "au", "bach", "banh", "cu", "diep",
            "dong", "dau", "kim", "luc", "nghiem", "nhu", "phi", "sam", "bien", "cam", "du", "hau",
            "lac", "mong", "tieu", "y", "giap", "lanh", "vang", "sung", "lu", "thao", "mua", "hang", "ksor",
            "nie", "rah", "khuc", "mach"));
    private static final int MIN_SYLLABLES = 2;
    private static final int MAX_SYLLABLES = 5;
    private static final int MAX_SYLLABLE_CHARS = 7;

    private PersonNames() {
    }

    /** The name starting at {@code from} (after spaces, "ông", "bà", ":"), or null. */
    public static Found<String> at(FoldedText text, int from) {
        return at(text, from, true);
    }

    /**
     * As {@link #at(FoldedText, int)}; where the place already says a name follows (a numbered row of
     * a signer list), {@code knownFamilyName} false also takes a family name OCR has misread.
     */
    public static Found<String> at(FoldedText text, int from, boolean knownFamilyName) {
        String original = text.text();
        int at = skipLead(text, from);
        int start = at;
        int syllables = 0;
        int end = at;
        while (syllables < MAX_SYLLABLES) {
            int syllableEnd = syllableEnd(original, at);
            if (syllableEnd < 0) {
                break;
            }
            if (syllables == 0 && knownFamilyName && !FAMILY_NAMES.contains(text.folded().substring(at, syllableEnd))) {
                return null;
            }
            syllables++;
            end = syllableEnd;
            if (end < original.length() && original.charAt(end) == ' ') {
                at = end + 1;
            } else {
                break;
            }
        }
        return syllables >= MIN_SYLLABLES ? new Found<>(original.substring(start, end), start, end) : null;
    }

    /** Spaces, colons, dots and an honorific ("ông", "bà", "anh", "chị", "cụ") before a name. */
    private static int skipLead(FoldedText text, int from) {
        String folded = text.folded();
        int at = from;
        while (at < folded.length() && (folded.charAt(at) == ' ' || folded.charAt(at) == ':' || folded.charAt(at) == '.'
                || folded.charAt(at) == '\t')) {
            at++;
        }
        for (String honorific : new String[] {"ong ", "ba ", "anh ", "chi ", "cu "}) {
            if (folded.startsWith(honorific, at)) {
                return at + honorific.length();
            }
        }
        return at;
    }

    /** The end of a capitalised syllable at {@code at}, or -1. */
    private static int syllableEnd(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return -1;
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - at <= MAX_SYLLABLE_CHARS ? end : -1;
    }

    /**
     * Two spellings of one person: equal once folded, so an OCR slip on a tone mark ("Thắng",
     * "Thẳng") or a name typed without diacritics still matches. A slip on a letter does not: "Hồ Văn
     * Long" and "Đỗ Văn Long" are two signers.
     */
    public static boolean samePerson(String a, String b) {
        return VietnameseFolder.fold(a).equalsIgnoreCase(VietnameseFolder.fold(b));
    }
}
