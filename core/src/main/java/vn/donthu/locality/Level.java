package vn.donthu.locality;

import java.util.Locale;

/** The tier of an administrative unit. */
public enum Level {
    PROVINCE, DISTRICT, COMMUNE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level of(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + label + "': expected province, district or commune");
        }
    }
}
