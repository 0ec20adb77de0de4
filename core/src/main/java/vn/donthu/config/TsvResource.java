package vn.donthu.matter.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a tab-separated data file beside this class: {@code #} comments, one header line, then rows. */
final class TsvResource {

    private TsvResource() {
    }

    /** The rows parsed by {@code parse}; a row it refuses fails with the file and line number. */
    static <T> List<T> rows(String file, int columns, Function<String[], T> parse) {
        try (InputStream in = TsvResource.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            boolean header = true;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                try {
                    if (cells.length != columns) {
                        throw new IllegalArgumentException("expected " + columns + " tab-separated columns, found " + cells.length);
                    }
                    rows.add(parse.apply(cells));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
