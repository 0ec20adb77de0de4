package vn.donthu.analysis.encoding;

import java.util.Optional;

/** Converts Vietnamese text typed in a legacy encoding to Unicode, when {@link LegacyEncodingDetector} finds one. */
public final class LegacyVietnameseText {

    private LegacyVietnameseText() {
    }

    /** {@code text} converted to Unicode if it is in a legacy encoding, otherwise {@code text} itself. */
    public static String repair(String text) {
        return repairWithOffsets(text).text();
    }

    /** Like {@link #repair}, with the offsets of the repaired text in {@code text}, for highlighting. */
    public static RepairedText repairWithOffsets(CharSequence text) {
        Optional<LegacyEncoding> encoding = LegacyEncodingDetector.detect(text);
        return encoding.isPresent() ? encoding.get().decodeWithOffsets(text) : RepairedText.unchanged(text.toString());
    }
}
