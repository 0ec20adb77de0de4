package vn.donthu.matter.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of {@code deadlines.tsv}: how long the law gives for one step of handling a petition, and
 * the days the row is in force ({@code effectiveTo} null: until a later row replaces it).
 */
public record DeadlineRule(
        String rule, Set<String> kinds, String step, String variant, int sequence, int days, DayUnit unit,
        LocalDate effectiveFrom, LocalDate effectiveTo, String source) {

    /** Whether a deadline counts working days or calendar days. */
    public enum DayUnit {
        WORKING, CALENDAR
    }

    public DeadlineRule {
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("deadline row " + rule + " ends (" + effectiveTo + ") before it starts (" + effectiveFrom + ")");
        }
    }

    /** Whether the row applies to a matter that started on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    static DeadlineRule parse(String[] cells) {
        return new DeadlineRule(cells[0],
                Arrays.stream(cells[1].split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet()),
                cells[2], cells[3], Integer.parseInt(cells[4]), Integer.parseInt(cells[5]),
                DayUnit.valueOf(cells[6].toUpperCase(java.util.Locale.ROOT)), LocalDate.parse(cells[7]),
                cells[8].equals("-") ? null : LocalDate.parse(cells[8]), cells[9]);
    }
}
