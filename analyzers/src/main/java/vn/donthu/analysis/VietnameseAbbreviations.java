package vn.donthu.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The abbreviations of administrative text ({@code abbreviations.txt}) as a synonym map for query
 * time. Each entry is analysed by the chain of the field it serves, so the map holds exactly the
 * tokens that field indexes (with diacritics for one field, folded for another). Terms ending in a
 * dot are the markers of {@link VietnameseAbbreviationMarkerFilter} and are taken literally.
 */
public final class VietnameseAbbreviations {

    private static final String RESOURCE = "abbreviations.txt";

    private VietnameseAbbreviations() {
    }

    /** The shipped list, analysed with {@code entryAnalyzer} (the field's analyzer without synonyms). */
    public static SynonymMap synonyms(Analyzer entryAnalyzer) {
        try (InputStream in = VietnameseAbbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Parser parser = new Parser(entryAnalyzer);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static final class Parser extends SynonymMap.Parser {

        Parser(Analyzer analyzer) {
            super(true, analyzer);
        }

        @Override
        public void parse(Reader in) throws IOException, ParseException {
            LineNumberReader lines = new LineNumberReader(in);
            for (String line; (line = lines.readLine()) != null; ) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                List<CharsRef> terms = new ArrayList<>();
                for (String term : entry.split(",")) {
                    try {
                        terms.add(toTerm(term.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new ParseException("line " + lines.getLineNumber() + " '" + entry + "': " + e.getMessage(), 0);
                    }
                }
                if (terms.size() < 2) {
                    throw new ParseException("line " + lines.getLineNumber() + " '" + entry + "' names no equivalent", 0);
                }
                for (CharsRef from : terms) {
                    for (CharsRef to : terms) {
                        if (from != to && !isMarker(to)) {
                            add(from, to, true);
                        }
                    }
                }
            }
        }

        private CharsRef toTerm(String term) throws IOException {
            if (term.endsWith(".")) {
                return new CharsRef(term);
            }
            return analyze(term, new CharsRefBuilder());
        }

        private static boolean isMarker(CharsRef term) {
            return term.length > 0 && term.chars[term.offset + term.length - 1] == '.';
        }
    }
}
