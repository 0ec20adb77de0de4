package vn.donthu.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.donthu.letter.LetterDetails.TextSpan;

/**
 * Masks the spans of a letter that identify its senders, for readers without the authority to see
 * identities (a denouncer's identity is protected by law). Overlapping spans mask their union.
 */
public final class Redaction {

    /** What stands in for each masked span: it shows that something was removed, not how long it was. */
    public static final String PLACEHOLDER = "[…]";

    private Redaction() {
    }

    public static String apply(String text, List<TextSpan> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        List<TextSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(TextSpan::start));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (TextSpan span : ordered) {
            int start = Math.max(copied, Math.max(0, span.start()));
            int end = Math.min(text.length(), span.end());
            if (end <= start) {
                continue;
            }
            out.append(text, copied, start);
            // A span that touches the previous mask extends it rather than adding a second placeholder.
            if (start > copied || out.length() == 0 || !endsWithPlaceholder(out)) {
                out.append(PLACEHOLDER);
            }
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean endsWithPlaceholder(StringBuilder out) {
        int from = out.length() - PLACEHOLDER.length();
        return from >= 0 && out.indexOf(PLACEHOLDER, from) == from;
    }
}
