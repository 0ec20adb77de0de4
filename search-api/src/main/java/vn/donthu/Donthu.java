package vn.donthu;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import vn.donthu.analysis.tools.AnalyzeCommand;
import vn.donthu.api.DonthuApplication;
import vn.donthu.elasticsearch.node.ManagedNodeException;
import vn.donthu.elasticsearch.node.NodeCommand;
import vn.donthu.ingest.IngestCommand;
import vn.donthu.ingest.corpus.GenerateCommand;
import vn.donthu.ingest.export.ExportTextCommand;
import vn.donthu.ingest.lexicon.LearnWordsCommand;
import vn.donthu.ingest.ocr.OcrUnavailableException;

/**
 * The one entry point of the application jar; {@code ./donthu} calls it for everything that does
 * not need Maven. Problems a person can fix are printed as one message, without a stack trace.
 */
public final class Donthu {

    static final String USAGE = """
            Usage: java -jar donthu.jar COMMAND [ARGS]   (or ./donthu COMMAND)

              serve              run the search API (starts the managed Elasticsearch node if no URL is set)
              ingest PATH...     index letters from files and folders
              demo SAMPLES       start Elasticsearch, ingest the sample letters, then serve
              es start|stop|status   the managed Elasticsearch node
              analyze            show how text is cut into words and tokens (standard input)
              learn-words        learn multi-syllable words from the indexed letters into a lexicon file
              export-text OUTDIR the extracted text of every letter, one UTF-8 file per source file
              generate OUTDIR    write generated petition letters with their ground truth
              bench analysis     word segmentation F1 and analysis throughput
              bench locality     address resolution accuracy (province, district, commune)

            Each command takes --help.
            """;

    private Donthu() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "serve" -> serve(rest, out);
                case "ingest" -> System.exit(IngestCommand.run(rest, out));
                case "es" -> System.exit(NodeCommand.run(rest, out));
                case "demo" -> demo(rest, out);
                case "analyze" -> System.exit(AnalyzeCommand.run(rest, System.in, out));
                case "learn-words" -> System.exit(LearnWordsCommand.run(rest, out));
                case "export-text" -> System.exit(ExportTextCommand.run(rest, out));
                case "generate" -> System.exit(GenerateCommand.run(rest, out));
                case "bench" -> System.exit(BenchCommand.run(rest, out));
                default -> {
                    System.err.println("unknown command '" + args[0] + "'\n");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        } catch (ManagedNodeException | OcrUnavailableException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("donthu: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("donthu: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void serve(String[] args, PrintStream out) {
        if (Arrays.asList(args).contains("--help")) {
            out.println("""
                    Usage: ./donthu serve [--server.port=8080]

                    Runs the search API on 127.0.0.1 (DONTHU_PORT, DONTHU_SERVER_ADDRESS). Without
                    DONTHU_ELASTICSEARCH_URL it starts the managed Elasticsearch node first. Indices are
                    created or migrated before the first request is answered.""");
            return;
        }
        try {
            DonthuApplication.serve(args);
        } catch (RuntimeException e) {
            // Spring has already printed what failed and what to do; a stack trace would bury it.
            System.err.println("donthu: the server did not start (see above)"
                    + (causedBy(e, "PortInUseException") ? "; choose another port with DONTHU_PORT=8081" : ""));
            System.exit(1);
        }
    }

    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static void demo(String[] args, PrintStream out) throws Exception {
        if (args.length != 1 || args[0].startsWith("-")) {
            out.println("Usage: ./donthu demo   (java -jar donthu.jar demo SAMPLES_FOLDER)\n\n"
                    + "Starts the managed Elasticsearch node, ingests the sample letters, and serves the API.");
            System.exit(args.length == 1 && args[0].equals("--help") ? 0 : 2);
        }
        int ingested = IngestCommand.run(new String[] {Path.of(args[0]).toString()}, out);
        if (ingested != 0) {
            throw new IllegalStateException("some sample letters could not be ingested (see above)");
        }
        serve(new String[0], out);
    }
}
