package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.util.Random;

/** Dates written the ways Vietnamese letters write them. */
final class VietnameseDates {

    private VietnameseDates() {}

    /** "ngày 5 tháng 7 năm 2022", "ngày 05 tháng 07 năm 2022", "5/7/2022", "05/07/2022" or "05-07-2022". */
    static String anyForm(Random r, LocalDate d) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> words(d, false);
            case 2 -> words(d, true);
            case 3 -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
            case 4 -> String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            default -> String.format("%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        };
    }

    /** The form of a letter's date line: mostly in words, as the administrative style wants. */
    static String dateLineForm(Random r, LocalDate d) {
        int form = r.nextInt(10);
        if (form < 7) {
            return words(d, form < 2);
        }
        return anyForm(r, d);
    }

    static String words(LocalDate d, boolean padded) {
        return padded
                ? String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
                : "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    /** "ngày 12/3/2021" and the other forms, after "ngày" where the form needs it, as documents are cited. */
    static String citedForm(Random r, LocalDate d) {
        String s = anyForm(r, d);
        return s.startsWith("ngày") ? s : "ngày " + s;
    }
}
