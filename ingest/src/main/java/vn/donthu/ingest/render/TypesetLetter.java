package vn.donthu.ingest.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A letter's ground-truth text and how a typed letter would lay it out, for every renderer (DOCX,
 * text PDF, scans) to show the same lines.
 *
 * <p>The ground truth stays plain text (it is what OCR output is compared with), so the layout is
 * inferred from the conventional shape of a Vietnamese petition letter: blocks separated by blank
 * lines, the national header first, a date line, a title, body, a signature block.
 */
public record TypesetLetter(String name, String text, List<Paragraph> paragraphs) {

    public enum Face { REGULAR, BOLD, ITALIC }

    /** SIGNATURE: centred in the right half of the page, where such letters are signed. */
    public enum Align { LEFT, CENTER, RIGHT, SIGNATURE }

    /**
     * One line of the ground truth. {@code spaceBefore} is in line heights; {@code newPage} marks
     * an attachment (e.g. the list of co-signers) that starts on its own sheet.
     */
    public record Paragraph(String text, Face face, Align align, float spaceBefore, boolean newPage) {}

    /** "Hòa Vang, ngày 05 tháng 7 năm 2022", also with the date in figures ("Hòa Vang, 05/7/2022"). */
    private static final Pattern DATE_LINE = Pattern.compile(
            ".+, (ngày )?\\d{1,2}( tháng |[/-])\\d{1,2}( năm |[/-])\\d{4}");
    private static final Pattern TITLE = Pattern.compile("(ĐƠN|DANH SÁCH|THƯ) .+");
    private static final Pattern SIGNER = Pattern.compile("(Người|Đại diện) .{1,30}");
    private static final float BLOCK_GAP = 0.6f;
    /** Room left blank for the handwritten signature above the signer's name. */
    private static final float SIGNATURE_GAP = 2.5f;

    /** {@code name} names the output (and seeds the PDF's id); {@code text} must be NFC. */
    public static TypesetLetter of(String name, String text) {
        // Ground truth that is not NFC would make every OCR comparison lie.
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new IllegalArgumentException("Ground truth is not NFC: " + name);
        }
        return new TypesetLetter(name, text, layout(text));
    }

    static List<Paragraph> layout(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean titleSeen = false;
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.lines().map(String::strip).toList();
            String head = lines.get(0);
            float gap = paragraphs.isEmpty() ? 0 : BLOCK_GAP;
            if (paragraphs.isEmpty()) {
                lines.forEach(l -> paragraphs.add(new Paragraph(l, Face.BOLD, Align.CENTER, 0, false)));
            } else if (lines.size() == 1 && DATE_LINE.matcher(head).matches()) {
                paragraphs.add(new Paragraph(head, Face.ITALIC, Align.RIGHT, gap, false));
            } else if (TITLE.matcher(head).matches() && head.equals(head.toUpperCase(Locale.ROOT))) {
                // A second title is an attachment to the letter, as the signers' list is on paper.
                paragraphs.add(new Paragraph(head, Face.BOLD, Align.CENTER, gap + 0.4f, titleSeen));
                // "(V/v ...)" states the subject under the title; anything else (the signers' list) is body.
                lines.stream().skip(1).forEach(l -> paragraphs.add(
                        new Paragraph(l, Face.REGULAR, l.startsWith("(") ? Align.CENTER : Align.LEFT, 0, false)));
                titleSeen = true;
            } else if (lines.size() <= 4 && SIGNER.matcher(head).matches()) {
                for (int i = 0; i < lines.size(); i++) {
                    boolean last = i == lines.size() - 1;
                    Face face = i == 0 || last ? Face.BOLD : Face.ITALIC;
                    float before = i == 0 ? gap : last ? SIGNATURE_GAP : 0;
                    paragraphs.add(new Paragraph(lines.get(i), face, Align.SIGNATURE, before, false));
                }
            } else {
                for (int i = 0; i < lines.size(); i++) {
                    paragraphs.add(new Paragraph(lines.get(i), Face.REGULAR, Align.LEFT, i == 0 ? gap : 0, false));
                }
            }
        }
        return List.copyOf(paragraphs);
    }
}
