package vn.donthu;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.donthu.analysis.tools.AnalysisBenchmark;
import vn.donthu.ingest.ocr.bench.OcrBenchmark;
import vn.donthu.locality.LocalityBenchmark;

/** {@code ./donthu bench WHAT}: the benchmarks whose figures go into the issue notes. */
final class BenchCommand {

    static final String USAGE = """
            Usage: ./donthu bench analysis|locality [REFERENCE_DIR]
                   ./donthu bench ocr [--pages N] [--steps]

              analysis   word segmentation precision/recall/F1 on the UD Vietnamese VTB dev split, and
                         analysis throughput (syllables/s) next to Lucene's StandardAnalyzer
              locality   addresses sampled from the official lists in REFERENCE_DIR/admin-units, written in
                         several styles; accuracy of province, district and commune resolution with the
                         shipped gazetteer alone and with the official lists loaded as the operator's file
                         REFERENCE_DIR defaults to ../shared/reference beside the project
            """ + OcrBenchmark.USAGE;

    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("ocr")) {
            OcrBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
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
