package vn.donthu.ingest.lexicon;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import vn.donthu.analysis.segment.CollocationLearner;
import vn.donthu.analysis.segment.LearnedWord;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.LetterFields;

/**
 * {@code ./donthu learn-words}: learns multi-syllable words from the letters already indexed
 * (collocation statistics over their syllables) and writes them as a lexicon file, which the next
 * {@code ./donthu build} puts into the analysis plugin next to the authored lexicon.
 */
public final class LearnWordsCommand {

    public static final String LEXICON_DIR = "donthu.lexicon-dir";
    static final String LEARNED_FILE = "learned-lexicon.txt";
    private static final int PAGE = 500;

    static final String USAGE = """
            Usage: ./donthu learn-words

            Reads the text of every indexed letter, learns the multi-syllable words it uses often
            (collocations), and writes them to LEXICON_DIR/%s. The next ./donthu build puts them
            into the analysis plugin, which the managed node installs on its next start; letters
            indexed after that are segmented with them.

            Settings: DONTHU_LEXICON_DIR (default DATA_DIR/lexicons), and the Elasticsearch settings.
            """.formatted(LEARNED_FILE);

    private LearnWordsCommand() {
    }

    public static Path lexiconDir(Settings settings) {
        return settings.get(LEXICON_DIR).map(Path::of).orElseGet(() ->
                vn.donthu.elasticsearch.node.ManagedNodeSettings.from(settings).dataDir().resolve("lexicons"));
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length > 0) {
            out.print(USAGE);
            return args[0].equals("--help") ? 0 : 2;
        }
        Settings settings = Settings.system();
        IndexSettings indices = IndexSettings.from(settings);
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings)) {
            indices.prepare(client);
            CollocationLearner learner = CollocationLearner.builder().build();
            long letters = feed(client, indices.names().lettersAlias(), learner);
            List<LearnedWord> learned = learner.learn();
            Path file = lexiconDir(settings).resolve(LEARNED_FILE);
            write(learned, file);
            out.printf("Learned %d words from %d letters (%d syllables): %s%n", learned.size(), letters, learner.total(), file);
            out.println("Run ./donthu build to put them into the analysis plugin.");
            return 0;
        }
    }

    /** Gives the learner the syllable runs of every letter; returns how many letters were read. */
    static long feed(ElasticsearchClient client, String alias, CollocationLearner learner) throws IOException {
        SyllableRuns runs = new SyllableRuns();
        String pit = client.openPointInTime(p -> p.index(alias).keepAlive(k -> k.time("5m"))).id();
        long letters = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<Map> page = client.search(s -> {
                    s.size(PAGE).pit(p -> p.id(pit).keepAlive(k -> k.time("5m")))
                            .source(src -> src.filter(f -> f.includes(LetterFields.TEXT)))
                            .sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return letters;
                }
                for (Hit<Map> hit : hits) {
                    Object text = hit.source() == null ? null : hit.source().get(LetterFields.TEXT);
                    if (text instanceof String letterText) {
                        runs.forEachRun(letterText, learner::add);
                        letters++;
                    }
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }

    /** Written beside and moved into place, so a build never reads half a file. */
    private static void write(List<LearnedWord> learned, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            CollocationLearner.write(learned, writer);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
