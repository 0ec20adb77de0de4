package vn.donthu.api.search;

import java.util.List;
import vn.donthu.letter.PageInfo;

/**
 * A highlighted passage (matched words between {@code <mark>} tags, the rest HTML-escaped) and the
 * page it stands on, 1-based; null when the passage could not be placed.
 */
public record Snippet(String html, Integer page) {

    /** The passage without markup, for exports. */
    public String plainText() {
        return plain(html);
    }

    /** Places a highlighted fragment of {@code text} on its page: the {@code pages} starts when known, else the form feeds. */
    static Snippet locate(String html, String text, List<PageInfo> pages) {
        if (text == null) {
            return new Snippet(html, null);
        }
        String plain = plain(html);
        int found = plain.isBlank() ? -1 : text.indexOf(plain.strip());
        if (found < 0) {
            return new Snippet(html, null);
        }
        // A passage may run across a page break: the page is the one of its first highlighted word.
        int mark = html.indexOf("<mark>");
        int at = found - (plain.length() - plain.stripLeading().length()) + (mark < 0 ? 0 : plain(html.substring(0, mark)).length());
        if (pages != null && !pages.isEmpty()) {
            int page = pages.get(0).number();
            for (PageInfo info : pages) {
                if (info.start() <= at) {
                    page = info.number();
                }
            }
            return new Snippet(html, page);
        }
        int page = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\f') {
                page++;
            }
        }
        return new Snippet(html, page);
    }

    /** The fragment as text: tags removed, the HTML encoder's escapes undone. */
    static String plain(String html) {
        String untagged = html.replace("<mark>", "").replace("</mark>", "");
        StringBuilder out = new StringBuilder(untagged.length());
        for (int i = 0; i < untagged.length(); i++) {
            char c = untagged.charAt(i);
            int semi = c == '&' ? untagged.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 8) {
                String entity = untagged.substring(i + 1, semi);
                Integer decoded = switch (entity) {
                    case "amp" -> (int) '&';
                    case "lt" -> (int) '<';
                    case "gt" -> (int) '>';
                    case "quot" -> (int) '"';
                    default -> entity.startsWith("#x") ? parse(entity.substring(2), 16)
                            : entity.startsWith("#") ? parse(entity.substring(1), 10) : null;
                };
                if (decoded != null) {
                    out.appendCodePoint(decoded);
                    i = semi;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Integer parse(String digits, int radix) {
        try {
            return Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
