package vn.donthu.ingest.understand.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;

/**
 * Every calendar date written in a letter: "ngày 12 tháng 3 năm 2021" (with or without diacritics,
 * "ngày 05 tháng 01 năm 2024"), "12/3/2021", "12-03-2021", "12.3.2021". Impossible dates (31/2,
 * month 13) and years outside the archive's span are not dates.
 */
public final class DateFinder {

    /** Letters in the archives start after 1945; later than 2100 is a misread number. */
    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    /** "tháng" and "năm" anchor the date: OCR often spoils "ngày" ("heày", "ng") and strews dots. */
    private static final Pattern WORDS = Pattern.compile(
            "(?:ngay[\\s.,:]{0,3})?(?<!\\d)(\\d{1,2})[\\s.,:]{0,3}(?:thang|th\\.)[\\s.,:]{0,3}(\\d{1,2})[\\s.,:]{0,3}(?:nam|n\\.)[\\s.,:]{0,3}(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?![\\d/])");

    private DateFinder() {
    }

    /** The dates of the folded text in the order they are written. */
    public static List<Found<LocalDate>> find(FoldedText text) {
        List<Found<LocalDate>> dates = new ArrayList<>();
        String folded = text.folded();
        Matcher words = WORDS.matcher(folded);
        while (words.find()) {
            add(dates, words.group(3), words.group(2), words.group(1), words.start(), words.end());
        }
        Scan.fromNumbers(folded, NUMERIC, numeric ->
                add(dates, numeric.group(4), numeric.group(3), numeric.group(1), numeric.start(), numeric.end()));
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return dates;
    }

    private static void add(List<Found<LocalDate>> dates, String year, String month, String day, int start, int end) {
        int y = Integer.parseInt(year);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return;
        }
        try {
            dates.add(new Found<>(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)), start, end));
        } catch (DateTimeException impossible) {
            // 30/02 or month 13: a misread or a typo, not a date to report.
        }
    }
}
