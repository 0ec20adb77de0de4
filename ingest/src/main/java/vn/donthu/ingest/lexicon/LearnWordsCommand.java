package vn.donthu.ingest.lexicon;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import vn.donthu.analysis.segment.CollocationLearner;
import vn.donthu.analysis.segment.LearnedWord;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.DocumentScan;
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
        return DocumentScan.forEachPage(client, alias, List.of(LetterFields.TEXT), page -> {
            for (Hit<ObjectNode> hit : page) {
                JsonNode text = hit.source() == null ? null : hit.source().get(LetterFields.TEXT);
                if (text != null && text.isTextual()) {
                    runs.forEachRun(text.asText(), learner::add);
                }
            }
        });
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
