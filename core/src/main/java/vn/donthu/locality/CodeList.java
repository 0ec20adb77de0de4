package vn.donthu.locality;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The version of the administrative code list a code belongs to. Codes were reused in 2025 for other
 * provinces (24 was Bắc Giang and is now the merged Bắc Ninh), so a code means nothing without it.
 */
public enum CodeList {
    /** 63 provinces with districts, valid until 2025-06-30. */
    V2008("2008"),
    /** 34 provinces with communes directly under them, in force from 2025-07-01. */
    V2025("2025");

    /** The first day of the 34-province list. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    private final String label;

    CodeList(String label) {
        this.label = label;
    }

    /** "2008" or "2025", as stored in {@code LetterDetails.Locality.codeList}. */
    public String label() {
        return label;
    }

    public boolean hasDistricts() {
        return this == V2008;
    }

    /** The list in force on {@code date}; the current list when the date is unknown. */
    public static CodeList inForceOn(LocalDate date) {
        return date != null && date.isBefore(REORGANISATION) ? V2008 : V2025;
    }

    public static CodeList of(String label) {
        return Arrays.stream(values()).filter(list -> list.label.equals(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown code list '" + label + "': expected 2008 or 2025"));
    }
}
