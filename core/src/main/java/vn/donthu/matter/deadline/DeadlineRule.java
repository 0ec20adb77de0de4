package vn.donthu.matter.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One row of {@code deadlines.tsv}: how long the law gives for one step of handling a petition. */
public record DeadlineRule(
        String rule, Set<String> kinds, String step, String variant, int sequence, int days, DayUnit unit,
        LocalDate effectiveFrom, String source) {

    /** Whether a deadline counts working days or calendar days. */
    public enum DayUnit {
        WORKING, CALENDAR
    }

    static DeadlineRule parse(String[] cells) {
        return new DeadlineRule(cells[0],
                Arrays.stream(cells[1].split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet()),
                cells[2], cells[3], Integer.parseInt(cells[4]), Integer.parseInt(cells[5]),
                DayUnit.valueOf(cells[6].toUpperCase(java.util.Locale.ROOT)), LocalDate.parse(cells[7]), cells[8]);
    }
}
