package vn.donthu.api.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.report.FileOutcome;
import vn.donthu.ingest.report.IngestReport;

/**
 * {@code POST /api/letters/upload}: clerks send one or several files (multipart, parts named
 * {@code files}); each goes through the same ingest as the command line, and the answer says what
 * became of each: indexed, duplicate or failed with its reason.
 */
@RestController
@RequestMapping("/api/letters")
class LetterUploadController {

    /** What became of the uploaded files; {@code outcomes} also lists unreadable rows of a register. */
    record UploadResult(int indexed, int duplicates, int failed, List<UploadedFile> outcomes) {
    }

    /** One outcome, under the name the clerk sent. */
    record UploadedFile(String name, String status, String letterId, String detail, String storedAt) {
    }

    private final Ingester ingester;
    private final UploadConfiguration.UploadLimits limits;
    private final AuditTrail audit;

    LetterUploadController(Ingester ingester, UploadConfiguration.UploadLimits limits, AuditTrail audit) {
        this.ingester = ingester;
        this.limits = limits;
        this.audit = audit;
    }

    @PostMapping(path = "/upload", consumes = "multipart/form-data")
    UploadResult upload(@RequestParam(name = "files", required = false) List<MultipartFile> files) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("no file: send one or more multipart parts named 'files'");
        }
        if (files.size() > limits.maxFiles()) {
            throw new IllegalArgumentException(files.size() + " files in one upload; at most " + limits.maxFiles()
                    + " are accepted (DONTHU_UPLOAD_MAX_FILES): send them in several uploads");
        }
        Path batch = limits.folder().resolve(LocalDate.now().toString()).resolve(UUID.randomUUID().toString());
        Files.createDirectories(batch);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            // Each file in a folder of its own: two files may share a name, and the name stays the clerk's.
            Path target = batch.resolve(Integer.toString(i + 1)).resolve(safeName(file.getOriginalFilename(), i));
            Files.createDirectories(target.getParent());
            file.transferTo(target);
            names.put(target.toAbsolutePath().normalize().toString(), file.getOriginalFilename());
        }
        IngestReport report = ingester.ingest(List.of(batch), new PrintStream(OutputStream.nullOutputStream()), false);
        List<UploadedFile> outcomes = new ArrayList<>();
        Stream.of(report.indexedFiles(), report.duplicateFiles(), report.failedFiles()).flatMap(List::stream)
                .forEach(outcome -> outcomes.add(uploaded(outcome, names)));
        audit.record(AuditEvent.of("letters_uploaded").letters(outcomes.stream()
                .map(UploadedFile::letterId).filter(Objects::nonNull).distinct().toList()).count(outcomes.size()));
        return new UploadResult(report.indexed(), report.duplicates(), report.failed(), outcomes);
    }

    private static UploadedFile uploaded(FileOutcome outcome, Map<String, String> names) {
        String name = names.entrySet().stream().filter(e -> outcome.path().startsWith(e.getKey()))
                .map(e -> e.getValue() + outcome.path().substring(e.getKey().length())).findFirst().orElse(outcome.path());
        return new UploadedFile(name, outcome.status().name().toLowerCase(Locale.ROOT), outcome.letterId(),
                outcome.detail(), outcome.path());
    }

    /** The last part of the name the client sent, without anything that could leave the folder. */
    private static String safeName(String original, int index) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file-" + (index + 1) : name;
    }
}
