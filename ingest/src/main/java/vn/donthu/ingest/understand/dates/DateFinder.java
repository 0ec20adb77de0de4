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

    /**
     * A digit as OCR may read it: "l", "i" or "|" for 1 and "o" for 0 ("ngày l2 tháng 3 năm 2O21",
     * folded). A group must still hold one true digit, so words are not read as numbers.
     */
    private static final String DIGIT = "[0-9lio|]";
    /**
     * A day or a month, and maybe a ghost of it beside it ("15 5", "1 12", "0 09"): a stroke or a
     * speck read as a digit. Of the two, the two-digit one is the number written.
     */
    private static final String NUMBER = "(" + DIGIT + "{1,2})(?: (\\d{1,2}))?(?![\\p{L}\\d])";
    /** One short stray token between the parts, a speck or a stroke read as letters ("8 ổi năm"). */
    private static final String STRAY = "(?:\\s+[^\\s]{1,2}(?=\\s))?";
    /** Spaces and specks ("¡tháng", "05: tháng", "03.năm"), not a line break. */
    private static final String GAP = "[^\\p{L}\\p{N}\\n]{0,3}";
    /**
     * "tháng" and "năm" anchor the date: OCR often spoils "ngày" ("heày", "ng") and strews dots, splits
     * words and numbers with spaces ("th áng", "n ăm", "20 21") and glues a speck to the year ("n2019").
     */
    private static final Pattern WORDS = Pattern.compile(
            "(?:ngay" + GAP + "|(?<![\\p{L}\\d]))" + NUMBER + STRAY + GAP
                    + "(?:t ?h ?a ?n ?g|th\\.)" + GAP + NUMBER + STRAY + GAP
                    + "(?:n ?a ?m|n\\.)" + GAP + "(?:\\p{L}[.,]?)?(" + DIGIT + "(?: ?" + DIGIT + "){3})(?![\\p{L}\\d])");
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
            add(dates, words.group(5), written(words.group(3), words.group(4)), written(words.group(1), words.group(2)),
                    words.start(), words.end());
        }
        Scan.fromNumbers(folded, NUMERIC, numeric ->
                add(dates, numeric.group(4), numeric.group(3), numeric.group(1), numeric.start(), numeric.end()));
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return dates;
    }

    private static void add(List<Found<LocalDate>> dates, String year, String month, String day, int start, int end) {
        year = digits(year);
        month = digits(month);
        day = digits(day);
        if (year == null || month == null || day == null) {
            return;
        }
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

    /** Of a number and its ghost, the one with two digits; the first when both have as many. */
    private static String written(String first, String ghost) {
        return ghost != null && ghost.length() > first.length() ? ghost : first;
    }

    /** The number OCR meant ("l2" is 12, "2O21" is 2021, "20 21" is 2021); null without a true digit. */
    private static String digits(String read) {
        StringBuilder digits = new StringBuilder(read.length());
        boolean trueDigit = false;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            switch (c) {
                case 'l', 'i', '|' -> digits.append('1');
                case 'o' -> digits.append('0');
                case ' ' -> { }
                default -> {
                    digits.append(c);
                    trueDigit = true;
                }
            }
        }
        return trueDigit ? digits.toString() : null;
    }
}
