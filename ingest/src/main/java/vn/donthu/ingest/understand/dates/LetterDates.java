package vn.donthu.ingest.understand.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;

/**
 * The date a letter was written and the date it was received, chosen among the dates it contains.
 * A letter is dated "Thái Nguyên, ngày 05 tháng 01 năm 2024" under the national motto or above the
 * signature; the dates of the decisions, notices and judgments it cites, and birth dates, are not
 * its date.
 */
public final class LetterDates {

    /** How far from the top or the bottom a lone "ngày ... tháng ... năm ..." line is taken as the letter's date. */
    private static final int EDGE_CHARS = 600;
    /** A received stamp or note: "ĐẾN Số: 125 Ngày: 15/3/2021", "Ngày nhận đơn: 15/3/2021". */
    private static final Pattern RECEIVED_BEFORE = Pattern.compile(
            "^\\s*(?:(?:cong van |van thu )?den\\b[^\\n]{0,25}|(?:da )?nhan(?: don)? ngay|ngay nhan(?: don)?|ngay den|tiep nhan ngay|vao so ngay)\\s*:?\\s*$");

    /** What OCR leaves after a date that ends its line: specks, quotes, one stray mark ("2020 1", "2022 _"). */
    private static final Pattern TRAILING_SPECKS = Pattern.compile("[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]{1,2}[^\\p{L}\\p{N}]*)?");

    private LetterDates() {
    }

    public record Dates(Found<LocalDate> written, Found<LocalDate> received) {
    }

    public static Dates read(FoldedText text, List<Found<LocalDate>> dates) {
        Found<LocalDate> received = null;
        Found<LocalDate> placeDated = null;
        Found<LocalDate> header = null;
        Found<LocalDate> footer = null;
        int bodyStart = Math.min(text.folded().length(), EDGE_CHARS);
        int footerStart = text.folded().length() - EDGE_CHARS;
        for (Found<LocalDate> date : dates) {
            if (received == null && RECEIVED_BEFORE.matcher(lineBefore(text, date.start())).find()) {
                received = date;
            } else if (placeDated == null && isPlaceDated(text, date)) {
                placeDated = date;
            } else if (isLoneDateLine(text, date)) {
                if (header == null && date.start() < bodyStart) {
                    header = date;
                } else if (date.start() >= footerStart) {
                    footer = date;
                }
            }
        }
        Found<LocalDate> written = placeDated != null ? placeDated : header != null ? header : footer;
        return new Dates(written, received);
    }

    /** "Ngày 12 tháng 3 năm 2021" alone at the start of a line, not a date cited mid-sentence. */
    private static boolean isLoneDateLine(FoldedText text, Found<LocalDate> date) {
        return text.folded().startsWith("ngay", date.start())
                && text.text().substring(text.lineStart(date.start()), date.start()).isBlank()
                && text.text().substring(date.end(), text.lineEnd(date.end())).isBlank();
    }

    /** The start of the line up to {@code offset}. */
    private static String lineBefore(FoldedText text, int offset) {
        return text.folded().substring(text.lineStart(offset), offset);
    }

    /** "Phú Bình, ngày ...": a place name and a comma open the line. */
    private static boolean isPlaceDated(FoldedText text, Found<LocalDate> date) {
        String before = text.text().substring(text.lineStart(date.start()), date.start()).strip();
        if (before.endsWith(",") && isPlace(before.substring(0, before.length() - 1), 0)) {
            return true;
        }
        // An OCRed date line loses its comma, misreads "ngày" ("Đông Anh, heày 23 tháng 8 ...") or the
        // place's first letters ("._.nh Lưu,"): then the date must end the line (but for a speck), and
        // one word of the place may have lost its capital.
        String after = text.text().substring(date.end(), text.lineEnd(date.end()));
        String place = before.replaceFirst("[,.:;]?\\s*\\p{Ll}{1,4}$", "").replaceFirst("[,.:;]$", "");
        return TRAILING_SPECKS.matcher(after).matches() && isPlace(place, 1);
    }

    /** "Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh", "Phường 1": capitalised words, numbers and dashes. */
    private static boolean isPlace(String place, int slips) {
        if (place.isBlank() || place.length() > 40) {
            return false;
        }
        int lower = 0;
        int words = 0;
        for (String word : place.strip().split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))) {
                lower++;
            }
        }
        return words > 0 && words <= 6 && lower <= slips && lower < words;
    }

    private static boolean startsLine(FoldedText text, int offset) {
        return text.text().substring(text.lineStart(offset), offset).isBlank();
    }
}
