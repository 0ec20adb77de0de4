package vn.donthu.ingest.visits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donthu.ingest.index.BulkWriter;
import vn.donthu.ingest.report.FileOutcome;
import vn.donthu.visit.Visit;

/**
 * Reception registers among the ingested files: a spreadsheet or CSV whose header names register
 * columns becomes visit records in the {@code visits} index, not a letter. Its outcome is the
 * file's, plus one failed outcome per row that could not be read or indexed ("FILE (row 12)").
 */
public final class RegisterImport {

    private static final Set<String> TYPES = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel", "text/csv");

    private final BulkWriter writer;
    private final String alias;

    public RegisterImport(BulkWriter writer, String alias) {
        this.writer = writer;
        this.alias = alias;
    }

    /** The register in this file, or null when it is not one (then it is a document like any other). */
    public static Register read(byte[] content, String mediaType, String fileHash, String path) throws IOException {
        if (!TYPES.contains(mediaType)) {
            return null;
        }
        try {
            return Register.read(content, mediaType.equals("text/csv"), fileHash, path);
        } catch (RuntimeException e) {
            // POI throws unchecked exceptions on corrupt workbooks; the extractor then reports the file.
            return null;
        }
    }

    public List<FileOutcome> index(String path, String fileHash, Register register) throws IOException {
        Map<String, Visit> byId = new LinkedHashMap<>();
        register.visits().forEach(v -> byId.put(v.id(), v));
        Map<String, String> refused = byId.isEmpty() ? Map.of() : writer.write(alias, byId);
        List<FileOutcome> outcomes = new ArrayList<>();
        outcomes.add(FileOutcome.indexed(path, fileHash, false));
        register.failures().forEach(f -> outcomes.add(FileOutcome.failed(rowPath(path, f.row()), null, f.reason())));
        refused.forEach((id, reason) -> outcomes.add(FileOutcome.failed(rowPath(path, byId.get(id).sourceRow()), id, reason)));
        return outcomes;
    }

    private static String rowPath(String path, int row) {
        return path + " (row " + row + ")";
    }
}
