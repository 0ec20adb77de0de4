package vn.donthu.ingest.corpus;

import java.util.ArrayList;
import java.util.List;
import vn.donthu.letter.LetterDetails.Evidence;
import vn.donthu.letter.LetterDetails.TextSpan;

/** A letter's text as it is written, remembering where each personal detail and each field's evidence lies. */
final class LetterText {

    private final StringBuilder text = new StringBuilder(2048);
    private final List<TextSpan> personalData = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    LetterText add(String s) {
        text.append(s);
        return this;
    }

    /** Appends {@code s} as personal data of the kind given ("name", "address", "cccd", "cmnd", "phone"). */
    LetterText personal(String kind, String s) {
        personalData.add(new TextSpan(kind, text.length(), text.length() + s.length()));
        text.append(s);
        return this;
    }

    /** Appends {@code s} as the text a field's value is read from. */
    LetterText evidence(String field, String s) {
        evidence.add(new Evidence(field, text.length(), text.length() + s.length()));
        text.append(s);
        return this;
    }

    /** Ends a block: blocks are separated by exactly one blank line. */
    LetterText endBlock() {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == '\n') {
            text.setLength(text.length() - 1);
        }
        text.append("\n\n");
        return this;
    }

    LetterText line(String s) {
        text.append(s).append('\n');
        return this;
    }

    String text() {
        return text.toString().strip() + "\n";
    }

    List<TextSpan> personalData() {
        return personalData;
    }

    List<Evidence> evidence() {
        return evidence;
    }
}
