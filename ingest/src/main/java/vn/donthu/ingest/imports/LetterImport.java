package vn.donthu.ingest.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.index.Json;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.matter.MatterGrouping;
import vn.donthu.ingest.records.ExportReader;
import vn.donthu.ingest.records.ExportRecord;
import vn.donthu.letter.Letter;

/**
 * Imports one export, streaming: records are read, mapped and bulk-indexed a batch at a time, and
 * after each acknowledged batch the failures found so far are appended to the failures file and the
 * checkpoint moves past the batch. Killed at any moment, the next run starts at the checkpoint and
 * redoes at most one batch, whose stable ids overwrite rather than duplicate.
 */
public final class LetterImport {

    /**
     * Where the import stands after a run, and where its checkpoint and failures are.
     *
     * @param imported     letters imported from this export so far, by this run and the ones it resumed
     * @param importedNow  letters imported by this run
     */
    public record Result(long imported, long failed, long importedNow, long linesRead, double seconds, boolean resumed,
                         Path checkpoint, Path failures) {

        public double lettersPerSecond() {
            return seconds == 0 ? 0 : importedNow / seconds;
        }
    }

    static final int BATCH_LETTERS = 1000;
    static final long BATCH_CHARS = 10_000_000;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    /** Indexes a batch (and puts it into matters); returns the reason for each letter refused, by id. */
    interface Bulk {
        Map<String, String> index(List<Letter> letters) throws IOException;
    }

    private final Bulk indexer;
    private final PrintStream out;

    /**
     * Groups each batch into matters and indexes its letters carrying them before the checkpoint moves
     * past it, so that a resumed import redoes the grouping of the batch it redoes.
     */
    public LetterImport(LetterIndexer indexer, MatterGrouping matters, PrintStream out) {
        this(letters -> matters.index(letters, indexer), out);
    }

    LetterImport(Bulk indexer, PrintStream out) {
        this.indexer = indexer;
        this.out = out;
    }

    /** The id of the letter that record {@code recordId} becomes under {@code mapping}. */
    public static String letterId(ImportMapping mapping, String recordId) {
        return RecordLetters.letterId(mapping.system(), recordId);
    }

    /** Where the checkpoint and the failures of importing {@code export} are kept. */
    public static Path stateOf(Path stateDir, Path export, ImportMapping mapping) {
        String key = RecordLetters.letterId(mapping.system(), export.toAbsolutePath().normalize().toString()).substring(0, 12);
        return stateDir.resolve(export.getFileName() + "-" + key);
    }

    public Result run(Path export, ImportMapping mapping, Path state, boolean restart) throws IOException {
        Path checkpointFile = state.resolveSibling(state.getFileName() + ".checkpoint.json");
        Path failuresFile = state.resolveSibling(state.getFileName() + ".failures.jsonl");
        if (restart) {
            Files.deleteIfExists(checkpointFile);
            Files.deleteIfExists(failuresFile);
        }
        ImportCheckpoint checkpoint = ImportCheckpoint.readOrStart(checkpointFile, export);
        boolean resumed = checkpoint.offset() > 0;
        if (checkpoint.completed()) {
            out.printf("%s was imported completely on %s (%d letters, %d failed); --restart imports it again%n",
                    export, checkpoint.updatedAt(), checkpoint.imported(), checkpoint.failed());
            return new Result(checkpoint.imported(), checkpoint.failed(), 0, 0, 0, true, checkpointFile, failuresFile);
        }
        if (resumed) {
            out.printf("Resuming %s after line %d (%d letters already imported)%n", export, checkpoint.line(), checkpoint.imported());
        } else {
            Files.deleteIfExists(failuresFile);
        }
        long started = System.nanoTime();
        RecordLetters letters = new RecordLetters(mapping, export.toAbsolutePath().normalize().toString());
        Batch batch = new Batch();
        Map<String, Long> seen = new HashMap<>();
        long linesAtStart = checkpoint.line();
        long importedAtStart = checkpoint.imported();
        long lastProgress = started;
        try (ExportReader reader = ExportReader.open(export, ExportReader.formatOf(export), checkpoint.offset(), checkpoint.line())) {
            checkHeader(reader, mapping);
            for (ExportRecord record = reader.next(); record != null; record = reader.next()) {
                batch.add(letters.map(record), seen);
                if (batch.letters.size() >= BATCH_LETTERS || batch.chars >= BATCH_CHARS) {
                    checkpoint = commit(batch, checkpoint, checkpointFile, failuresFile);
                    batch = new Batch();
                    if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                        lastProgress = System.nanoTime();
                        progress(checkpoint, started, linesAtStart);
                    }
                }
            }
            checkpoint = commit(batch, checkpoint, checkpointFile, failuresFile).complete();
            checkpoint.save(checkpointFile);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(checkpoint.imported(), checkpoint.failed(), checkpoint.imported() - importedAtStart,
                checkpoint.line() - linesAtStart, seconds, resumed,
                checkpointFile, failuresFile);
    }

    /** A mapping naming a column the CSV does not have would fail every record; it is refused at once. */
    private static void checkHeader(ExportReader reader, ImportMapping mapping) {
        if (reader.header().isEmpty()) {
            return;
        }
        if (!reader.header().contains(mapping.idField())) {
            throw new IllegalArgumentException("the CSV header " + reader.header() + " has no id column '" + mapping.idField() + "'");
        }
        if (mapping.textFields().stream().noneMatch(reader.header()::contains)) {
            throw new IllegalArgumentException("the CSV header " + reader.header() + " has none of the text columns " + mapping.textFields());
        }
    }

    private ImportCheckpoint commit(Batch batch, ImportCheckpoint checkpoint, Path checkpointFile, Path failuresFile)
            throws IOException {
        if (batch.lastRecord == null) {
            return checkpoint;
        }
        Map<String, String> refused = indexer.index(batch.letters);
        for (Map.Entry<String, String> failure : refused.entrySet()) {
            ExportRecord record = batch.records.get(failure.getKey());
            batch.failures.add(new ImportFailure(record.line(), batch.recordIds.get(failure.getKey()), failure.getValue()));
        }
        if (!batch.failures.isEmpty()) {
            try (BufferedWriter writer = Files.newBufferedWriter(failuresFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (ImportFailure failure : batch.failures) {
                    writer.write(Json.mapper().writeValueAsString(failure));
                    writer.newLine();
                }
            }
        }
        ImportCheckpoint next = checkpoint.advance(batch.lastRecord.endOffset(), batch.lastRecord.lastLine(),
                batch.letters.size() - refused.size(), batch.failures.size());
        next.save(checkpointFile);
        return next;
    }

    private void progress(ImportCheckpoint checkpoint, long started, long linesAtStart) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = (checkpoint.line() - linesAtStart) / seconds;
        double done = checkpoint.fileSize() == 0 ? 1 : (double) checkpoint.offset() / checkpoint.fileSize();
        double bytesPerSecond = (checkpoint.offset()) / Math.max(seconds, 1e-9);
        long eta = bytesPerSecond <= 0 ? 0 : (long) ((checkpoint.fileSize() - checkpoint.offset()) / bytesPerSecond);
        out.printf("line %,d (%.0f%%): %,d letters imported, %,d failed, %,.0f records/s, ETA %d:%02d%n",
                checkpoint.line(), done * 100, checkpoint.imported(), checkpoint.failed(), rate, eta / 60, eta % 60);
    }

    /** The records between two checkpoints. */
    private static final class Batch {
        final List<Letter> letters = new ArrayList<>();
        final Map<String, ExportRecord> records = new HashMap<>();
        final Map<String, String> recordIds = new HashMap<>();
        final List<ImportFailure> failures = new ArrayList<>();
        ExportRecord lastRecord;
        long chars;

        void add(RecordLetters.Mapped mapped, Map<String, Long> seen) {
            lastRecord = mapped.record();
            if (mapped.failure() != null) {
                failures.add(new ImportFailure(mapped.record().line(), null, mapped.failure()));
                return;
            }
            Letter letter = mapped.letter();
            String recordId = letter.sourceRecord().recordId();
            Long firstLine = seen.putIfAbsent(letter.id(), mapped.record().line());
            if (firstLine != null) {
                failures.add(new ImportFailure(mapped.record().line(), recordId,
                        "the record id " + recordId + " is already used on line " + firstLine + "; importing both would keep only one"));
                return;
            }
            letters.add(letter);
            records.put(letter.id(), mapped.record());
            recordIds.put(letter.id(), recordId);
            chars += letter.text().length();
        }
    }
}
