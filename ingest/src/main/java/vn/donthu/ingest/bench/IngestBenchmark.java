package vn.donthu.ingest.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.index.Json;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.imports.ImportMapping;
import vn.donthu.ingest.imports.LetterImport;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.matter.MatterGrouping;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.records.ExportReader;
import vn.donthu.ingest.report.IngestReport;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.render.DocxWriter;
import vn.donthu.ingest.render.FontFiles;
import vn.donthu.ingest.render.TextPdfWriter;
import vn.donthu.ingest.render.TypesetLetter;
import vn.donthu.letter.ContentHash;

/**
 * {@code ./donthu bench ingest [FILES] [RECORDS]}: born-digital ingest (files per second, peak memory)
 * on generated DOCX, PDF and TXT letters, and the import rate of a generated JSON Lines export. Each
 * rate is printed next to a baseline measured in the same run: reading and hashing the same files,
 * reading and parsing the same export, which is what the machine does before any extraction or indexing.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void run(int files, int records, PrintStream out) throws IOException {
        Settings settings = Settings.system();
        IndexNames names = new IndexNames("bench-ingest-" + Long.toHexString(System.nanoTime() & 0xffffff));
        Path work = Files.createTempDirectory("donthu-bench-ingest");
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings)) {
            IndexSettings indices = new IndexSettings(names, 0);
            indices.prepare(client);
            try {
                bornDigital(client, names, settings, files, work.resolve("letters"), out);
                jsonLines(client, names, records, work, out);
            } finally {
                indices.delete(client);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void bornDigital(ElasticsearchClient client, IndexNames names, Settings settings, int count, Path folder,
                                    PrintStream out) throws IOException {
        long start = System.nanoTime();
        List<Path> written = writeLetters(count, folder);
        out.printf("Generated %,d letters (DOCX, PDF, TXT in turn) in %.1f s%n", written.size(), seconds(start));

        start = System.nanoTime();
        for (Path file : written) {
            try (InputStream in = Files.newInputStream(file)) {
                ContentHash.of(in);
            }
        }
        double readRate = written.size() / seconds(start);

        PeakMemory.reset();
        start = System.nanoTime();
        IngestReport report;
        try (Ingester ingester = new Ingester(client, names, OcrSettings.from(settings))) {
            report = ingester.ingest(List.of(folder), new PrintStream(PrintStream.nullOutputStream()), false);
        }
        double took = seconds(start);
        out.printf("Born-digital ingest: %,d indexed, %d failed, %.1f s: %.1f files/s (reading and hashing alone: %.0f files/s, %.1f%% of it)%n",
                report.indexed(), report.failed(), took, report.indexed() / took, readRate, 100 * report.indexed() / took / readRate);
        out.printf("Peak memory during the ingest: heap %.0f MB (of max %.0f MB), resident set %.0f MB%n",
                PeakMemory.heapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, PeakMemory.residentBytes() / 1e6);
        report.failedFiles().stream().limit(5).forEach(f -> out.println("  failed: " + f.path() + ": " + f.detail()));
    }

    /** Generated letters written as DOCX, text PDF and UTF-8 text in turn. */
    private static List<Path> writeLetters(int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        FontFiles fonts = FontFiles.find();
        List<Path> written = new ArrayList<>(count);
        List<GeneratedLetter> letters = new CorpusGenerator(42).generate(count);
        for (int i = 0; i < letters.size(); i++) {
            GeneratedLetter letter = letters.get(i);
            TypesetLetter typeset = TypesetLetter.of(letter.id(), letter.text());
            Path target = folder.resolve(letter.id() + switch (i % 3) {
                case 0 -> ".docx";
                case 1 -> ".pdf";
                default -> ".txt";
            });
            switch (i % 3) {
                case 0 -> DocxWriter.write(typeset, target);
                case 1 -> TextPdfWriter.write(typeset, fonts, target);
                default -> Files.writeString(target, letter.text());
            }
            written.add(target);
        }
        return written;
    }

    private static void jsonLines(ElasticsearchClient client, IndexNames names, int records, Path work, PrintStream out)
            throws IOException {
        Path export = work.resolve("export.jsonl");
        Iterator<GeneratedLetter> letters = new CorpusGenerator(7).letters().iterator();
        try (BufferedWriter writer = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                writer.write(Json.mapper().writeValueAsString(Map.of("ma_don", "HS-" + i,
                        "ngay_nhan", "%02d/%02d/20%02d".formatted(1 + i % 28, 1 + i % 12, 18 + i % 7),
                        "noi_dung", letters.next().text(), "loai_don", "Khiếu nại")));
                writer.newLine();
            }
        }
        ImportMapping mapping = ImportMapping.read(Files.writeString(work.resolve("mapping.txt"), """
                system = bench
                id = ma_don
                text = noi_dung
                received_date = ngay_nhan
                metadata = loai_don
                """));
        long start = System.nanoTime();
        long parsed = 0;
        try (ExportReader reader = ExportReader.open(export, ExportReader.Format.JSONL, 0, 0)) {
            while (reader.next() != null) {
                parsed++;
            }
        }
        double parseRate = parsed / seconds(start);
        LetterIndexer indexer = new LetterIndexer(client, names.lettersAlias(), Backoff.standard());
        LetterImport.Result result = new LetterImport(indexer, new MatterGrouping(client, names, Backoff.standard()), out).run(export, mapping, work.resolve("import-state"), false);
        out.printf("JSON Lines import: %,d records (%.0f MB), %,d imported, %d failed, %.1f s: %,.0f letters/s (reading and parsing alone: %,.0f records/s)%n",
                records, Files.size(export) / 1e6, result.imported(), result.failed(), result.seconds(),
                result.lettersPerSecond(), parseRate);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
