package vn.donthu.matter.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.donthu.config.TsvResource;
import vn.donthu.matter.Matter.Deadline;

/**
 * The legal deadlines of {@code deadlines.tsv} and what they come to for a matter: which rows are in
 * force on its start date, and the date each step falls due.
 */
public final class DeadlineRules {

    private final List<DeadlineRule> rules;
    private final WorkingCalendar calendar;

    public DeadlineRules(List<DeadlineRule> rules, WorkingCalendar calendar) {
        this.rules = List.copyOf(rules);
        this.calendar = calendar;
    }

    /** The deadlines and holidays shipped with donthu. */
    public static DeadlineRules standard() {
        return new DeadlineRules(TsvResource.rows(DeadlineRules.class, "deadlines.tsv", true,
                cells -> DeadlineRule.parse(TsvResource.columns(cells, 10))), WorkingCalendar.standard());
    }

    public List<DeadlineRule> rules() {
        return rules;
    }

    /** The row for this kind, step and variant in force on {@code date}: of those, the one that took effect last. */
    public Optional<DeadlineRule> inForce(String kind, String step, String variant, LocalDate date) {
        return rules.stream()
                .filter(r -> r.kinds().contains(kind) && r.step().equals(step) && r.variant().equals(variant))
                .filter(r -> r.inForceOn(date))
                .max(Comparator.comparing(DeadlineRule::effectiveFrom));
    }

    /**
     * The chained steps for a petition of this kind received on {@code start}, each counted from the end
     * of the one before; a step without the variant falls back to its normal row. The steps are those of
     * the rows in force on {@code start}, so that an amendment may add or drop a step. Empty when no row
     * was in force then.
     */
    public List<Deadline> chain(String kind, String variant, LocalDate start) {
        Map<Integer, String> steps = new TreeMap<>();
        rules.stream().filter(r -> r.kinds().contains(kind) && r.sequence() > 0 && r.inForceOn(start))
                .forEach(r -> steps.put(r.sequence(), r.step()));
        List<Deadline> deadlines = new ArrayList<>();
        LocalDate from = start;
        for (String step : steps.values()) {
            Optional<DeadlineRule> rule = inForce(kind, step, variant, start).or(() -> inForce(kind, step, "normal", start));
            if (rule.isEmpty()) {
                return List.of();
            }
            DeadlineRule r = rule.get();
            LocalDate due = calendar.deadline(from, r.days(), r.unit());
            deadlines.add(new Deadline(r.rule(), r.step(), r.days(), r.unit().name().toLowerCase(java.util.Locale.ROOT),
                    r.source(), from, due));
            from = due;
        }
        return deadlines;
    }
}
