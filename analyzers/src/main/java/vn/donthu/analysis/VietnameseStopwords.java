package vn.donthu.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;

/** Vietnamese function words ({@code stopwords.txt}), for term statistics only. */
public final class VietnameseStopwords {

    private static final CharArraySet DEFAULT = load();

    private VietnameseStopwords() {
    }

    public static CharArraySet defaultSet() {
        return DEFAULT;
    }

    private static CharArraySet load() {
        try (InputStream in = VietnameseStopwords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt is missing from the classpath");
            }
            CharArraySet words = new CharArraySet(128, false);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
