package vn.donthu.ingest.understand.recipient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.letter.LetterDetails.Recipient;

/**
 * The body a letter is addressed to, from "Kính gửi: ..." (the first of several when a letter is
 * sent to many bodies, one per "-" line), with its level and branch.
 */
public final class RecipientReader {

    /**
     * "Kính gửi:", also as OCR reads it ("Kính SỬI", "K1nh gửi"), then the body, on the same line or
     * after blank lines OCR puts between the lines, after a "-" when there are several.
     */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "\\bk[i1l]nh\\s*[a-z]ui\\s*[:;.]?[ \\t]*(?:\\n[ \\t]*){0,3}[-+•*–]?[ \\t]*");
    private static final int MAX_CHARS = 160;

    private RecipientReader() {
    }

    public static Found<Recipient> read(FoldedText text) {
        Matcher addressee = ADDRESSEE.matcher(text.folded());
        if (!addressee.find()) {
            return null;
        }
        int start = addressee.end();
        int end = Math.min(text.lineEnd(start), start + MAX_CHARS);
        String name = text.slice(start, end).strip().replaceAll("[.;,]+$", "");
        if (name.isEmpty()) {
            return null;
        }
        String folded = text.folded().substring(start, start + name.length());
        return new Found<>(new Recipient(name, Bodies.level(folded), Bodies.branch(folded)), start, start + name.length());
    }
}
