package vn.donthu.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a tab-separated data file shipped as a resource (deadlines, holidays, subject phrases,
 * competence rules): blank lines and {@code #} comments are skipped, and a row the parser refuses
 * fails with the file and line number, so a mistake in the data is found at start, not guessed around.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /**
     * The rows of {@code file} (resolved like {@link Class#getResourceAsStream}) as parsed by
     * {@code parse}, which throws {@link IllegalArgumentException} for a row it refuses.
     *
     * @param header whether the first row names the columns and is not data
     */
    public static <T> List<T> rows(Class<?> owner, String file, boolean header, Function<String[], T> parse) {
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            boolean skip = header;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (skip) {
                    skip = false;
                    continue;
                }
                try {
                    rows.add(parse.apply(line.split("\t", -1)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells, when there are {@code count} of them. */
    public static String[] columns(String[] cells, int count) {
        if (cells.length != count) {
            throw new IllegalArgumentException("expected " + count + " tab-separated columns, found " + cells.length);
        }
        return cells;
    }
}
