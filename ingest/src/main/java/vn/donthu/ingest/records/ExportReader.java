package vn.donthu.ingest.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donthu.index.Json;

/**
 * Reads the records of a JSON Lines or CSV export one at a time from a byte offset. A JSON line must
 * be an object; a CSV file starts with a header line naming its columns, and a quoted field may span
 * lines. Blank lines are skipped.
 */
public final class ExportReader implements Closeable {

    public enum Format { JSONL, CSV }

    private final ByteLines lines;
    private final Format format;
    private final List<String> header;
    private final char delimiter;

    private ExportReader(ByteLines lines, Format format, List<String> header, char delimiter) {
        this.lines = lines;
        this.format = format;
        this.header = header;
        this.delimiter = delimiter;
    }

    /** The format a file name says (".csv" or anything else as JSON Lines). */
    public static Format formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.CSV : Format.JSONL;
    }

    /**
     * Opens {@code file} to read the records after {@code offset}, the end of line {@code linesBefore}
     * (a checkpoint; 0 and 0 from the start). A CSV header is read first wherever the run resumes.
     */
    public static ExportReader open(Path file, Format format, long offset, long linesBefore) throws IOException {
        if (format == Format.JSONL) {
            return new ExportReader(ByteLines.open(file, offset, linesBefore), format, List.of(), ',');
        }
        ByteLines.Line headerLine;
        try (ByteLines start = ByteLines.open(file, 0, 0)) {
            headerLine = start.next();
        }
        if (headerLine == null) {
            throw new IOException("the CSV file is empty: it needs a header line naming its columns");
        }
        char delimiter = CsvLine.delimiterOf(headerLine.text());
        List<String> header = CsvLine.split(headerLine.text(), delimiter).stream().map(String::strip).toList();
        boolean atStart = offset == 0;
        return new ExportReader(ByteLines.open(file, atStart ? headerLine.endOffset() : offset, atStart ? 1 : linesBefore),
                format, header, delimiter);
    }

    /** The CSV header's column names (empty for JSON Lines). */
    public List<String> header() {
        return header;
    }

    /** The next record, or null at the end of the file. */
    public ExportRecord next() throws IOException {
        ByteLines.Line line;
        do {
            line = lines.next();
        } while (line != null && line.text().isBlank());
        if (line == null) {
            return null;
        }
        return format == Format.JSONL ? json(line) : csv(line);
    }

    private static ExportRecord json(ByteLines.Line line) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line.text());
        } catch (JsonProcessingException e) {
            return new ExportRecord(line.number(), line.number(), line.endOffset(), Map.of(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new ExportRecord(line.number(), line.number(), line.endOffset(), Map.of(), "not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                fields.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
            }
        }
        return new ExportRecord(line.number(), line.number(), line.endOffset(), fields, null);
    }

    private ExportRecord csv(ByteLines.Line first) throws IOException {
        StringBuilder record = new StringBuilder(first.text());
        ByteLines.Line last = first;
        while (CsvLine.isOpen(record.toString())) {
            ByteLines.Line more = lines.next();
            if (more == null) {
                return new ExportRecord(first.number(), last.number(), last.endOffset(), Map.of(),
                        "a quoted field opened here is never closed");
            }
            record.append('\n').append(more.text());
            last = more;
        }
        List<String> values = CsvLine.split(record.toString(), delimiter);
        if (values.size() > header.size()) {
            return new ExportRecord(first.number(), last.number(), last.endOffset(), Map.of(),
                    values.size() + " fields, but the header names " + header.size() + " columns");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                fields.put(header.get(i), values.get(i));
            }
        }
        return new ExportRecord(first.number(), last.number(), last.endOffset(), fields, null);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
