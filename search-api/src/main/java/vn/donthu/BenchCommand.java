package vn.donthu;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.donthu.analysis.tools.AnalysisBenchmark;
import vn.donthu.ingest.understand.UnderstandingBenchmark;
import vn.donthu.locality.LocalityBenchmark;

/** {@code ./donthu bench WHAT}: the benchmarks whose figures go into the issue notes. */
final class BenchCommand {

    static final String USAGE = """
            Usage: ./donthu bench analysis|locality [REFERENCE_DIR]
                   ./donthu bench understanding [LETTERS] [SCANS] [REFERENCE_DIR]

              analysis   word segmentation precision/recall/F1 on the UD Vietnamese VTB dev split, and
                         analysis throughput (syllables/s) next to Lucene's StandardAnalyzer
              locality   addresses sampled from the official lists in REFERENCE_DIR/admin-units, written in
                         several styles; accuracy of province, district and commune resolution with the
                         shipped gazetteer alone and with the official lists loaded as the operator's file
                         REFERENCE_DIR defaults to ../shared/reference beside the project
              understanding  accuracy of each field read from generated letters (default 2000) against
                         their ground truth, on clean text, without diacritics and on SCANS (default 60)
                         degraded scans OCRed by Tesseract, with the official lists of REFERENCE_DIR loaded
                         when present; and letters per second of reading
            """;

    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("understanding")) {
            UnderstandingBenchmark.run(args.length > 1 ? Integer.parseInt(args[1]) : 2000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 60,
                    Path.of(args.length > 3 ? args[3] : "../shared/reference"), out);
            return 0;
        }
        Path reference = Path.of(args.length > 1 ? args[1] : "../shared/reference");
        switch (args[0]) {
            case "analysis" -> AnalysisBenchmark.run(reference, out);
            case "locality" -> LocalityBenchmark.run(reference, out);
            default -> throw new IllegalArgumentException("unknown benchmark '" + args[0] + "'\n\n" + USAGE);
        }
        return 0;
    }
}
