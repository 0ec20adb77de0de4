package vn.donthu.matter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The flags of a matter (vụ việc) that letters and matters are filtered and counted by. A letter
 * carries its matter's flags in {@code matter_flags} (the lower-case names); a matter has one boolean
 * field per flag.
 */
public enum MatterFlag {
    /** kéo dài: raised again and again over months, or overdue. */
    PROLONGED,
    /** quá hạn: a letter came after the legal deadline. */
    OVERDUE,
    /** vượt cấp: a letter went above the competent level. */
    ESCALATED,
    /** đông người: five or more people. */
    CROWDED;

    /** The flags set on a matter, in declaration order. */
    static List<String> of(Matter matter) {
        List<String> set = new ArrayList<>();
        for (MatterFlag flag : values()) {
            if (flag.isSetOn(matter)) {
                set.add(flag.value());
            }
        }
        return set;
    }

    private boolean isSetOn(Matter matter) {
        return switch (this) {
            case PROLONGED -> matter.prolonged();
            case OVERDUE -> matter.overdue();
            case ESCALATED -> matter.escalated();
            case CROWDED -> matter.crowded();
        };
    }

    /** The name as stored: in a letter's {@code matter_flags}, and the matter's boolean field. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A flag as typed in a request ("prolonged", "PROLONGED"), or a 400 that lists the flags. */
    public static MatterFlag parse(String typed) {
        try {
            return valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'flag' is one of " + Arrays.stream(values()).map(MatterFlag::value)
                    .collect(Collectors.joining(", ")) + ", not '" + typed + "'");
        }
    }
}
