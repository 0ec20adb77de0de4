package vn.donthu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.donthu.ingest.extract.Extraction;
import vn.donthu.ingest.extract.LetterExtractor;
import vn.donthu.ingest.extract.UnreadableFileException;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.index.LetterIndexer.KnownLetter;
import vn.donthu.ingest.matter.MatterGrouping;
import vn.donthu.ingest.report.FileOutcome;
import vn.donthu.ingest.report.IngestReport;
import vn.donthu.ingest.source.FileOnDisk;
import vn.donthu.ingest.source.InputFile;
import vn.donthu.ingest.source.InputFiles;
import vn.donthu.ingest.source.MessageAttachment;
import vn.donthu.ingest.visits.Register;
import vn.donthu.ingest.visits.RegisterImport;
import vn.donthu.ingest.understand.LetterReader;
import vn.donthu.letter.ContentHash;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.Redaction;

/**
 * One ingest run. Files are hashed first, so a file whose content is already indexed costs no
 * extraction and no OCR: that is what makes running the same command again after a crash cheap
 * and free of duplicates. New files are extracted in parallel and indexed in batches as they
 * finish, so a crash loses at most the batch in flight, which the next run redoes.
 */
public final class IngestRun {

    private static final LetterReader READER = new LetterReader();
    private static final int BATCH_LETTERS = 50;
    private static final long BATCH_CHARS = 20_000_000;
    /** Bigger than any letter scan we expect; refusing early keeps one file from exhausting the heap. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final LetterIndexer indexer;
    private final MatterGrouping matters;
    private final RegisterImport registers;
    private final LetterExtractor extractor;
    private final int workers;
    private final Progress progress;
    private final List<FileOutcome> outcomes = new ArrayList<>();
    /** The id of every file read, so an e-mail and its attachments can name each other. */
    private Map<InputFile, String> ids = Map.of();
    private final Map<Path, List<String>> attachmentIds = new LinkedHashMap<>();
    private int pagesOcred;

    IngestRun(LetterIndexer indexer, MatterGrouping matters, RegisterImport registers, LetterExtractor extractor,
              int workers, Progress progress) {
        this.indexer = indexer;
        this.matters = matters;
        this.registers = registers;
        this.extractor = extractor;
        this.workers = workers;
        this.progress = progress;
    }

    /** A new file to extract, with every path its content was found at in this run. */
    private record NewLetter(String id, List<InputFile> files) {
        InputFile first() {
            return files.get(0);
        }
    }

    /** A file read: a letter's extraction, a reception register, or the reason it failed. */
    private record Extracted(NewLetter letter, Extraction extraction, long size, String failure, Register register) {
        Extracted(NewLetter letter, Extraction extraction, long size, String failure) {
            this(letter, extraction, size, failure, null);
        }
    }

    public IngestReport run(List<Path> inputs) throws IOException {
        Instant started = Instant.now();
        InputFiles.Listing listing = InputFiles.list(inputs);
        progress.start(listing.files().size() + listing.refused().size());
        listing.refused().forEach(refused -> decided(FileOutcome.failed(refused.path(), null, refused.reason())));
        ids = hashAll(listing.files());
        ids.forEach((file, id) -> {
            if (file instanceof MessageAttachment attachment) {
                attachmentIds.computeIfAbsent(attachment.message(), m -> new ArrayList<>()).add(id);
            }
        });
        Map<String, KnownLetter> known = new LinkedHashMap<>();
        List<String> idList = new ArrayList<>(new LinkedHashSet<>(ids.values()));
        for (int from = 0; from < idList.size(); from += 500) {
            known.putAll(indexer.findKnown(idList.subList(from, Math.min(idList.size(), from + 500))));
        }
        Map<String, NewLetter> fresh = new LinkedHashMap<>();
        Map<String, List<String>> morePaths = new LinkedHashMap<>();
        for (Map.Entry<InputFile, String> file : ids.entrySet()) {
            classify(file.getKey(), file.getValue(), known, fresh, morePaths);
        }
        for (Map.Entry<String, List<String>> entry : morePaths.entrySet()) {
            indexer.recordPaths(entry.getKey(), entry.getValue());
        }
        extractAndIndex(new ArrayList<>(fresh.values()));
        return IngestReport.of(started, pagesOcred, outcomes);
    }

    private Map<InputFile, String> hashAll(List<InputFile> files) {
        Map<InputFile, String> ids = new LinkedHashMap<>();
        for (InputFile file : files) {
            try (InputStream in = file.open()) {
                ids.put(file, ContentHash.of(in));
            } catch (IOException e) {
                decided(FileOutcome.failed(file.path(), null, "cannot read the file: " + e.getMessage()));
            }
        }
        return ids;
    }

    private void classify(InputFile file, String id, Map<String, KnownLetter> known, Map<String, NewLetter> fresh,
                          Map<String, List<String>> morePaths) {
        String path = file.path();
        KnownLetter indexed = known.get(id);
        if (indexed != null) {
            if (indexed.sourcePaths().contains(path)) {
                decided(FileOutcome.indexed(path, id, true));
                return;
            }
            List<String> paths = morePaths.computeIfAbsent(id, k -> new ArrayList<>(indexed.sourcePaths()));
            decided(FileOutcome.duplicate(path, id, paths.isEmpty() ? path : paths.get(0)));
            paths.add(path);
        } else if (fresh.containsKey(id)) {
            // Reported once the first copy is extracted: if that fails, this copy has failed too.
            fresh.get(id).files().add(file);
        } else {
            fresh.put(id, new NewLetter(id, new ArrayList<>(List.of(file))));
        }
    }

    private void extractAndIndex(List<NewLetter> letters) throws IOException {
        if (letters.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, letters.size()));
        try {
            CompletionService<Extracted> completion = new ExecutorCompletionService<>(pool);
            letters.forEach(letter -> completion.submit(() -> extract(letter)));
            List<Extracted> batch = new ArrayList<>();
            long batchChars = 0;
            for (int i = 0; i < letters.size(); i++) {
                Extracted result = take(completion);
                int ocrPages = result.extraction() == null ? 0 : result.extraction().ocrPages();
                for (InputFile file : result.letter().files()) {
                    progress.fileDone(file.path(), file == result.letter().first() ? ocrPages : 0,
                            result.failure() != null, result.failure() == null ? "extracted" : "failed");
                }
                if (result.failure() != null) {
                    fail(result.letter(), result.failure(), 0);
                    continue;
                }
                if (result.register() != null) {
                    NewLetter file = result.letter();
                    Register register = result.register();
                    Register linked = new Register(matters.link(register.visits()), register.failures());
                    registers.index(file.first().path(), file.id(), linked).forEach(outcome -> done(outcome, 0));
                    for (InputFile copy : file.files().subList(1, file.files().size())) {
                        done(FileOutcome.duplicate(copy.path(), file.id(), file.first().path()), 0);
                    }
                    continue;
                }
                batch.add(result);
                batchChars += result.extraction().text().length();
                if (batch.size() >= BATCH_LETTERS || batchChars >= BATCH_CHARS) {
                    flush(batch);
                    batch.clear();
                    batchChars = 0;
                }
            }
            flush(batch);
        } finally {
            pool.shutdownNow();
        }
    }

    private Extracted extract(NewLetter letter) {
        InputFile file = letter.first();
        try {
            byte[] content = file.read(MAX_FILE_BYTES);
            Register register = RegisterImport.read(content, extractor.detect(content, file.fileName()).toString(),
                    letter.id(), file.path());
            if (register != null) {
                return new Extracted(letter, null, content.length, null, register);
            }
            return new Extracted(letter, extractor.extract(content, file.fileName()), content.length, null);
        } catch (UnreadableFileException | InputFile.TooLargeException e) {
            return new Extracted(letter, null, 0, e.getMessage());
        } catch (IOException e) {
            return new Extracted(letter, null, 0, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            // A parser bug on one odd file must not take the run down; the file is reported instead.
            return new Extracted(letter, null, 0, "extraction failed: " + e);
        }
    }

    private void flush(List<Extracted> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<Letter> letters = batch.stream().map(this::toLetter).toList();
        Map<String, String> failures = matters.index(letters, indexer);
        for (Extracted result : batch) {
            NewLetter letter = result.letter();
            int ocrPages = result.extraction().ocrPages();
            if (failures.containsKey(letter.id())) {
                fail(letter, failures.get(letter.id()), ocrPages);
                continue;
            }
            done(FileOutcome.indexed(letter.first().path(), letter.id(), false), ocrPages);
            for (InputFile copy : letter.files().subList(1, letter.files().size())) {
                done(FileOutcome.duplicate(copy.path(), letter.id(), letter.first().path()), 0);
            }
        }
    }

    private Letter toLetter(Extracted result) {
        InputFile first = result.letter().first();
        Extraction extraction = result.extraction();
        LetterDetails details = READER.read(extraction.text());
        Letter letter = new Letter(result.letter().id(), first.path(),
                result.letter().files().stream().map(InputFile::path).toList(), first.fileName(),
                extraction.mediaType(), result.size(), extraction.pageCount(), extraction.method(),
                extraction.ocrConfidence(), extraction.text(), extraction.pages(), extraction.rawText(),
                Redaction.apply(extraction.text(), details.personalData()), details, null, Instant.now());
        String parent = first instanceof MessageAttachment attachment ? ids.get(new FileOnDisk(attachment.message())) : null;
        List<String> attachments = first instanceof FileOnDisk disk ? attachmentIds.getOrDefault(disk.file(), List.of()) : List.of();
        return parent == null && attachments.isEmpty() ? letter : letter.inMessage(parent, attachments);
    }

    /** A letter that could not be indexed fails for every path its content was found at. */
    private void fail(NewLetter letter, String reason, int ocrPages) {
        done(FileOutcome.failed(letter.first().path(), letter.id(), reason), ocrPages);
        for (InputFile copy : letter.files().subList(1, letter.files().size())) {
            done(FileOutcome.failed(copy.path(), letter.id(),
                    "same content as " + letter.first().path() + ", which failed: " + reason), 0);
        }
    }

    /** Records a file's final outcome; files decided without extraction show in the progress here. */
    private void done(FileOutcome outcome, int ocrPages) {
        outcomes.add(outcome);
        pagesOcred += ocrPages;
    }

    private void decided(FileOutcome outcome) {
        done(outcome, 0);
        progress.fileDone(outcome.path(), 0, outcome.status() == FileOutcome.Status.FAILED,
                outcome.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Extracted take(CompletionService<Extracted> completion) throws IOException {
        try {
            Future<Extracted> next = completion.take();
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction worker failed", e.getCause());
        }
    }
}
