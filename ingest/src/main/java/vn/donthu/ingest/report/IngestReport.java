package vn.donthu.ingest.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.donthu.index.Json;

/** The JSON report of one run: every input file, indexed, duplicate or failed. */
public record IngestReport(Instant startedAt, Duration took, int indexed, int alreadyIndexed, int duplicates,
                           int failed, int pagesOcred, List<FileOutcome> indexedFiles, List<FileOutcome> duplicateFiles,
                           List<FileOutcome> failedFiles) {

    public static IngestReport of(Instant startedAt, int pagesOcred, List<FileOutcome> outcomes) {
        List<FileOutcome> sorted = outcomes.stream().sorted(Comparator.comparing(FileOutcome::path)).toList();
        List<FileOutcome> indexed = only(sorted, FileOutcome.Status.INDEXED);
        List<FileOutcome> duplicates = only(sorted, FileOutcome.Status.DUPLICATE);
        List<FileOutcome> failed = only(sorted, FileOutcome.Status.FAILED);
        int already = (int) indexed.stream().filter(o -> o.detail() != null).count();
        return new IngestReport(startedAt, Duration.between(startedAt, Instant.now()), indexed.size(), already,
                duplicates.size(), failed.size(), pagesOcred, indexed, duplicates, failed);
    }

    private static List<FileOutcome> only(List<FileOutcome> outcomes, FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    public int files() {
        return indexed + duplicates + failed;
    }

    public String summary() {
        return String.format("%d files: %d indexed (%d of them already), %d duplicates, %d failed, %d pages OCRed, in %.1f s",
                files(), indexed, alreadyIndexed, duplicates, failed, pagesOcred, took.toMillis() / 1000.0);
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    }
}
