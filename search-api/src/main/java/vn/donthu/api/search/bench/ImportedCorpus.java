package vn.donthu.api.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.index.IndexNames;
import vn.donthu.index.Json;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.imports.ImportMapping;
import vn.donthu.ingest.imports.LetterImport;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.matter.MatterGrouping;
import vn.donthu.ingest.ocr.bench.DegradedScans;

/**
 * The benchmark's letters in Elasticsearch, put there the way an archive's letters get there: a
 * JSON Lines export imported through {@link LetterImport}, which reads each letter and masks its
 * personal data. A share of the letters carries the text Tesseract reads from a degraded scan of it
 * instead of the typed text; OCR is the slow part, so its pages are cached ({@link DegradedScans}).
 */
final class ImportedCorpus {

    /** Each generated letter is a record with its id in "ma_don" and its text in "noi_dung". */
    private static final ImportMapping MAPPING = new ImportMapping("bench-relevance", "ma_don", List.of("noi_dung"),
            null, null, null, List.of());

    private ImportedCorpus() {
    }

    /**
     * Every {@code letters.size() / scans}th letter as OCRed from a degraded scan, by letter id (pages
     * OCRed before come from {@link DegradedScans}' page cache).
     */
    static Map<String, String> scannedTexts(List<GeneratedLetter> letters, int scans, PrintStream out) throws Exception {
        if (scans <= 0) {
            return Map.of();
        }
        List<GeneratedLetter> picked = new ArrayList<>();
        int step = Math.max(1, letters.size() / scans);
        for (int i = 0; i < letters.size() && picked.size() < scans; i += step) {
            picked.add(letters.get(i));
        }
        List<String> texts = DegradedScans.ocr(picked, out);
        Map<String, String> scanned = new LinkedHashMap<>();
        for (int i = 0; i < picked.size(); i++) {
            scanned.put(picked.get(i).id(), texts.get(i));
        }
        return scanned;
    }

    /**
     * Imports the letters (with their scanned text where given) into the letters alias of
     * {@code names} and refreshes it.
     */
    static void index(ElasticsearchClient client, IndexNames names, List<GeneratedLetter> letters,
                                     Map<String, String> scanned, Path work, PrintStream out) throws IOException {
        Files.createDirectories(work);
        Path export = work.resolve("letters.jsonl");
        try (BufferedWriter writer = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (GeneratedLetter letter : letters) {
                writer.write(Json.mapper().writeValueAsString(Map.of("ma_don", letter.id(),
                        "noi_dung", scanned.getOrDefault(letter.id(), letter.text()))));
                writer.newLine();
            }
        }
        LetterIndexer indexer = new LetterIndexer(client, names.lettersAlias(), Backoff.standard());
        LetterImport.Result result = new LetterImport(indexer, new MatterGrouping(client, names, Backoff.standard()), out).run(export, MAPPING, work.resolve("import-state"), true);
        if (result.failed() > 0) {
            throw new IllegalStateException(result.failed() + " generated letters failed to import; see " + result.failures());
        }
        client.indices().refresh(r -> r.index(names.lettersAlias()));
    }

    /** The generated letter id of each imported letter's id. */
    static Map<String, String> generatedIds(List<GeneratedLetter> letters) {
        Map<String, String> ids = new HashMap<>();
        letters.forEach(l -> ids.put(LetterImport.letterId(MAPPING, l.id()), l.id()));
        return ids;
    }
}
