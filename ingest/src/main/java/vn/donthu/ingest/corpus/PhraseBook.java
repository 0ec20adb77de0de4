package vn.donthu.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the authored phrase files: blocks separated by blank lines, each opened by "{@code head
 * name}", then "{@code key text}" lines; a key may repeat (each line one variant). Lines starting
 * with # are comments.
 */
final class PhraseBook {

    /** One block: its name and its variants by key, in file order. */
    record Block(String name, Map<String, List<String>> entries) {

        List<String> all(String key) {
            return entries.getOrDefault(key, List.of());
        }

        String one(String key) {
            List<String> values = all(key);
            if (values.size() != 1) {
                throw new IllegalStateException("'" + name + "' needs exactly one '" + key + "' line, has " + values.size());
            }
            return values.get(0);
        }
    }

    private PhraseBook() {}

    static List<Block> read(String resource, String head) {
        String text;
        try (InputStream in = PhraseBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        String name = null;
        Map<String, List<String>> entries = null;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (name != null) {
                    blocks.add(new Block(name, entries));
                    name = null;
                }
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException(resource + ":" + lineNumber + ": no text after '" + line + "'");
            }
            String key = line.substring(0, space);
            String value = line.substring(space + 1).strip();
            if (name == null) {
                if (!key.equals(head)) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": a block starts with '" + head + "'");
                }
                name = value;
                entries = new LinkedHashMap<>();
            } else {
                entries.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        if (name != null) {
            blocks.add(new Block(name, entries));
        }
        return List.copyOf(blocks);
    }
}
