package vn.donthu;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.donthu.analysis.tools.AnalysisBenchmark;
import vn.donthu.api.search.bench.LatencyBenchmark;
import vn.donthu.api.search.bench.RelevanceBenchmark;
import vn.donthu.ingest.bench.IngestBenchmark;
import vn.donthu.ingest.matter.MatterBenchmark;
import vn.donthu.ingest.ocr.bench.OcrBenchmark;
import vn.donthu.ingest.understand.UnderstandingBenchmark;
import vn.donthu.locality.LocalityBenchmark;

/** {@code ./donthu bench WHAT}: the benchmarks whose figures go into the issue notes. */
final class BenchCommand {

    static final String USAGE = """
            Usage: ./donthu bench analysis|locality [REFERENCE_DIR]
                   ./donthu bench matters [--elasticsearch N] [LETTERS...]
                   ./donthu bench ocr [--pages N] [--steps]
                   ./donthu bench ingest [FILES] [RECORDS]
                   ./donthu bench latency [LETTERS] [--seconds S] [--load-only]
                   ./donthu bench understanding [LETTERS] [SCANS] [REFERENCE_DIR]
                   ./donthu bench relevance [LETTERS] [SCANS] [--keep]

              analysis   word segmentation precision/recall/F1 on the UD Vietnamese VTB dev split, and
                         analysis throughput (syllables/s) next to Lucene's StandardAnalyzer
              locality   addresses sampled from the official lists in REFERENCE_DIR/admin-units, written in
                         several styles; accuracy of province, district and commune resolution with the
                         shipped gazetteer alone and with the official lists loaded as the operator's file
                         REFERENCE_DIR defaults to ../shared/reference beside the project
              matters    grouping letters into matters on generated letters with their true fields:
                         pairwise precision/recall/F1 of "same matter" next to grouping by text alone,
                         and letters/s, in memory at each size (default 10000 30000 100000) and through
                         Elasticsearch in ingest's batches at N letters (default 10000, 0 to skip;
                         the managed node, or DONTHU_ELASTICSEARCH_URL)
              ingest     born-digital ingest of FILES generated DOCX/PDF/TXT letters (default 10000): files/s
                         and peak memory; import of a generated JSON Lines export of RECORDS letters
                         (default 200000): letters/s. Uses the configured Elasticsearch, in indices of its own.
              understanding  accuracy of each field read from generated letters (default 2000) against
                         their ground truth, on clean text, without diacritics and on SCANS (default 150)
                         degraded scans OCRed by Tesseract, with the official lists of REFERENCE_DIR loaded
                         when present; and letters per second of reading
            """ + LatencyBenchmark.USAGE + RelevanceBenchmark.USAGE + OcrBenchmark.USAGE;

    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Path reference = Path.of(rest.length > 0 ? rest[0] : "../shared/reference");
        switch (args[0]) {
            case "analysis" -> AnalysisBenchmark.run(reference, out);
            case "locality" -> LocalityBenchmark.run(reference, out);
            case "matters" -> matters(rest, out);
            case "ocr" -> OcrBenchmark.run(rest, out);
            case "relevance" -> RelevanceBenchmark.run(rest, out);
            case "understanding" -> UnderstandingBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 2000,
                    rest.length > 1 ? Integer.parseInt(rest[1]) : 150,
                    Path.of(rest.length > 2 ? rest[2] : "../shared/reference"), out);
            case "ingest" -> IngestBenchmark.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 10_000,
                    rest.length > 1 ? Integer.parseInt(rest[1]) : 200_000, out);
            case "latency" -> LatencyBenchmark.run(rest, out);
            default -> throw new IllegalArgumentException("unknown benchmark '" + args[0] + "'\n\n" + USAGE);
        }
        return 0;
    }

    private static void matters(String[] args, PrintStream out) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int elasticsearch = 10_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--elasticsearch") && i + 1 < args.length) {
                elasticsearch = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        MatterBenchmark.run(sizes.isEmpty() ? List.of(10_000, 30_000, 100_000) : sizes, elasticsearch, out);
    }
}
