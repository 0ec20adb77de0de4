package vn.donthu.ingest.imports;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.elasticsearch.node.ManagedNodeSettings;
import vn.donthu.index.IndexSettings;
import vn.donthu.index.Json;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.matter.MatterGrouping;

/** {@code ./donthu import FILE --mapping MAPPING}: an export of another petition-management system, one letter per record. */
public final class ImportCommand {

    static final String USAGE = """
            Usage: ./donthu import FILE --mapping MAPPING [--restart]

            Imports a JSON Lines (one JSON object per line) or CSV (header line first; ".csv") export of
            petition-management software: one letter per record, its id, text, received date and other
            fields taken as the MAPPING file says (see README.md, "Importing exports"). The file is read
            as a stream, so any size imports in one run, with progress every few seconds.

            Resumable: after each batch Elasticsearch has acknowledged, a checkpoint records the line
            reached (DATA_DIR/imports/). Killed, or stopped by an Elasticsearch outage, the same command
            resumes there. Letter ids derive from the mapping's system and the record id, so records
            imported twice are replaced, never duplicated.

              --restart   forget the checkpoint and import the whole file again

            Records that cannot be imported are listed with their line number and reason, and written
            to DATA_DIR/imports/*.failures.jsonl. Exit code 0 when every record was imported, 1 otherwise.
            """;

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        Path export = null;
        Path mappingFile = null;
        boolean restart = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--mapping" -> {
                    if (++i >= args.length) {
                        throw new IllegalArgumentException("--mapping needs a file");
                    }
                    mappingFile = Path.of(args[i]);
                }
                case "--restart" -> restart = true;
                default -> {
                    if (args[i].startsWith("--") || export != null) {
                        throw new IllegalArgumentException("unexpected argument " + args[i] + "\n\n" + USAGE);
                    }
                    export = Path.of(args[i]);
                }
            }
        }
        if (export == null || mappingFile == null) {
            out.print(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(export)) {
            throw new IllegalArgumentException("no such file: " + export);
        }
        ImportMapping mapping = ImportMapping.read(mappingFile);
        Settings settings = Settings.system();
        IndexSettings indices = IndexSettings.from(settings);
        Path state = LetterImport.stateOf(ManagedNodeSettings.from(settings).dataDir().resolve("imports"), export, mapping);
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings)) {
            indices.prepare(client);
            LetterIndexer indexer = new LetterIndexer(client, indices.names().lettersAlias(), Backoff.standard());
            MatterGrouping matters = new MatterGrouping(client, indices.names(), Backoff.standard());
            matters.groupUngrouped(out);
            LetterImport.Result result = new LetterImport(indexer, matters, out).run(export, mapping, state, restart);
            out.printf("%,d letters imported (%,d by this run), %,d records failed, %,d lines read in %.1f s (%,.0f letters/s)%n",
                    result.imported(), result.importedNow(), result.failed(), result.linesRead(), result.seconds(), result.lettersPerSecond());
            out.println("Checkpoint: " + result.checkpoint());
            if (result.failed() > 0) {
                out.println("Failures: " + result.failures());
                printFailures(result.failures(), out);
            }
            return result.failed() == 0 ? 0 : 1;
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\nEverything before the checkpoint is indexed: run the same command again to resume.", e);
        }
    }

    private static void printFailures(Path failures, PrintStream out) throws IOException {
        if (!Files.exists(failures)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(failures, StandardCharsets.UTF_8)) {
            int shown = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (shown++ == 20) {
                    out.println("  ... (all of them in the failures file)");
                    return;
                }
                ImportFailure failure = Json.mapper().readValue(line, ImportFailure.class);
                out.println("  line " + failure.line() + ": " + failure.reason());
            }
        }
    }
}
