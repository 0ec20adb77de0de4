package vn.donthu.matter.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.donthu.config.TsvResource;
import vn.donthu.matter.deadline.DeadlineRule.DayUnit;

/** Counts days the way deadlines are counted: working days skip weekends and the public holidays of {@code holidays.tsv}. */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<MonthDay> everyYear = new HashSet<>();

    private WorkingCalendar(List<String> dates) {
        for (String date : dates) {
            if (date.startsWith("*-")) {
                everyYear.add(MonthDay.parse("--" + date.substring(2)));
            } else {
                holidays.add(LocalDate.parse(date));
            }
        }
    }

    /** The holidays shipped with donthu. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(TsvResource.rows(WorkingCalendar.class, "holidays.tsv", true, cells -> {
            String date = TsvResource.columns(cells, 2)[0];
            // Parsed now so that a bad row names its line.
            if (date.startsWith("*-")) {
                MonthDay.parse("--" + date.substring(2));
            } else {
                LocalDate.parse(date);
            }
            return date;
        }));
    }

    public boolean isDayOff(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                || holidays.contains(date) || everyYear.contains(MonthDay.from(date));
    }

    /**
     * The last day of a deadline of {@code days} counted from {@code start} (the start day itself not
     * counted): the {@code days}-th working day after it, or for calendar days {@code start + days},
     * moved to the next working day when it is a day off.
     */
    public LocalDate deadline(LocalDate start, int days, DayUnit unit) {
        LocalDate date = start;
        if (unit == DayUnit.CALENDAR) {
            date = start.plusDays(days);
        } else {
            for (int counted = 0; counted < days; ) {
                date = date.plusDays(1);
                if (!isDayOff(date)) {
                    counted++;
                }
            }
        }
        while (isDayOff(date)) {
            date = date.plusDays(1);
        }
        return date;
    }
}
