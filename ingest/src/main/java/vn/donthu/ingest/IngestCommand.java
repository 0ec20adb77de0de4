package vn.donthu.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.elasticsearch.node.ManagedNodeSettings;
import vn.donthu.index.IndexSettings;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.report.IngestReport;

/** {@code ./donthu ingest PATH...}: files and folders into the index, with a report of every file. */
public final class IngestCommand {

    static final String USAGE = """
            Usage: ./donthu ingest [--report FILE] [--workers N] PATH...

            Extracts the text of every file under PATH (folders are walked recursively): text layers and
            office documents through Tika, scans and image-only PDF pages through Tesseract (vie), and
            indexes one letter per distinct file content. Running it again after a crash or an outage
            resumes: files already indexed are skipped, copies are recorded as duplicates.

              --report FILE   where to write the JSON report of every file (default: DATA_DIR/reports/)
              --workers N     pages OCRed in parallel (default: the number of cores)

            Exit code 0 when every file was indexed or recognised as a duplicate, 1 when any failed.
            """;

    private IngestCommand() {
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        List<Path> inputs = new ArrayList<>();
        Path reportFile = null;
        Settings settings = Settings.system();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--report" -> reportFile = Path.of(value(args, ++i, "--report"));
                case "--workers" -> settings = settings.withOverrides(java.util.Map.of(OcrSettings.WORKERS, value(args, ++i, "--workers")));
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "\n\n" + USAGE);
                    }
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (inputs.isEmpty()) {
            out.print(USAGE);
            return 2;
        }
        if (reportFile == null) {
            reportFile = ManagedNodeSettings.from(settings).dataDir().resolve("reports")
                    .resolve("ingest-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        }
        OcrSettings ocr = OcrSettings.from(settings);
        ocr.check();
        IndexSettings indices = IndexSettings.from(settings);
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings);
             Ingester ingester = new Ingester(client, indices.names(), ocr)) {
            indices.prepare(client);
            IngestReport report = ingester.ingest(inputs, out, System.console() != null);
            report.write(reportFile);
            out.println(report.summary());
            out.println("Report: " + reportFile);
            report.failedFiles().forEach(f -> out.println("  failed: " + f.path() + ": " + f.detail()));
            return report.failed() == 0 ? 0 : 1;
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "\nNothing indexed so far is lost: run the same command again to resume.", e);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
