package vn.donthu.ingest.export;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.DocumentScan;
import vn.donthu.index.IndexSettings;
import vn.donthu.letter.LetterFields;

/**
 * {@code ./donthu export-text OUTDIR}: the text of every indexed letter as a UTF-8 file, one per
 * source file, at the source's path below OUTDIR with ".txt" added
 * ({@code /archive/2021/don.pdf} → {@code OUTDIR/archive/2021/don.pdf.txt}), so anyone can compare
 * what OCR read with the scan.
 */
public final class ExportTextCommand {

    static final String USAGE = """
            Usage: ./donthu export-text OUTDIR

            Writes the extracted text of every indexed letter to OUTDIR, one UTF-8 file per source file,
            at the source's path below OUTDIR with .txt added. A file found at several paths is written
            once for each. Pages are separated by a form feed.
            """;

    private ExportTextCommand() {
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length != 1 || args[0].startsWith("-")) {
            out.print(USAGE);
            return args.length == 1 && args[0].equals("--help") ? 0 : 2;
        }
        Settings settings = Settings.system();
        IndexSettings indices = IndexSettings.from(settings);
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings)) {
            indices.prepare(client);
            long files = export(client, indices.names().lettersAlias(), Path.of(args[0]));
            out.println("Wrote " + files + " text files to " + Path.of(args[0]).toAbsolutePath());
            return 0;
        }
    }

    /** Returns the number of files written. */
    static long export(ElasticsearchClient client, String alias, Path outDir) throws IOException {
        long[] written = {0};
        DocumentScan.forEachPage(client, alias, List.of(LetterFields.TEXT, LetterFields.SOURCE_PATHS), page -> {
            for (Hit<ObjectNode> hit : page) {
                String text = hit.source().path(LetterFields.TEXT).asText("");
                for (JsonNode sourcePath : hit.source().path(LetterFields.SOURCE_PATHS)) {
                    Path target = targetFor(outDir, sourcePath.asText());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                    written[0]++;
                }
            }
        });
        return written[0];
    }

    /** The source's path below {@code outDir}, never outside it whatever the path holds. */
    static Path targetFor(Path outDir, String sourcePath) {
        String relative = sourcePath.replace('\\', '/').replaceFirst("^[A-Za-z]:", "").replaceAll("^/+", "");
        Path target = outDir.resolve(relative + ".txt").normalize();
        if (!target.startsWith(outDir.normalize())) {
            throw new IllegalArgumentException("source path " + sourcePath + " would leave " + outDir);
        }
        return target;
    }
}
