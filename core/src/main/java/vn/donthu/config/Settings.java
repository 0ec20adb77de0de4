package vn.donthu.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where configuration comes from, by dotted name ({@code donthu.elasticsearch.url}).
 *
 * <p>The command-line tools and the Spring application read the same names: a JVM system
 * property wins, then the environment variable spelled the Spring way
 * ({@code DONTHU_ELASTICSEARCH_URL}).
 */
@FunctionalInterface
public interface Settings {

    Optional<String> get(String name);

    default String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    default int getInt(String name, int fallback) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value.get() + "'");
        }
    }

    /** These settings, except where {@code overrides} names a value. */
    default Settings withOverrides(Map<String, String> overrides) {
        return name -> overrides.containsKey(name) ? Optional.of(overrides.get(name)) : get(name);
    }

    static Settings system() {
        return of(System.getProperties()::getProperty, System.getenv());
    }

    static Settings of(Function<String, String> properties, Map<String, String> environment) {
        return name -> {
            String value = properties.apply(name);
            if (value == null) {
                value = environment.get(environmentName(name));
            }
            return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
        };
    }

    static String environmentName(String name) {
        return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
