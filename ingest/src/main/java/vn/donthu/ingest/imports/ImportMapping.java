package vn.donthu.ingest.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which field of an export's records is what, read from a small mapping file of {@code key = value}
 * lines ({@code #} starts a comment):
 *
 * <pre>
 * system        = qldt-thanh-hoa      # the source software; with the record id it makes the letter id
 * id            = ma_don              # the record's own id (required)
 * text          = tieu_de, noi_dung   # the letter's text; several fields are joined by a blank line
 * received_date = ngay_nhan           # optional
 * date_format   = dd/MM/yyyy          # optional; by default yyyy-MM-dd, dd/MM/yyyy and ISO date-times
 * file_name     = so_hieu             # optional: what the letter is called in lists (default: the id)
 * metadata      = nguoi_gui, loai_don # optional: fields kept as they are; * keeps every other field
 * </pre>
 */
public record ImportMapping(String system, String idField, List<String> textFields, String dateField,
                            DateTimeFormatter dateFormat, String fileNameField, List<String> metadataFields) {

    private static final Set<String> KEYS = Set.of("system", "id", "text", "received_date", "date_format", "file_name", "metadata");
    private static final String EVERY_OTHER_FIELD = "*";

    public static ImportMapping read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("\\s#.*$|^#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            if (equals < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected one of " + KEYS
                        + " as 'key = value', found '" + line + "'");
            }
            values.put(key, line.substring(equals + 1).strip());
        }
        return of(values, file.toString());
    }

    static ImportMapping of(Map<String, String> values, String where) {
        for (String required : List.of("system", "id", "text")) {
            if (values.getOrDefault(required, "").isEmpty()) {
                throw new IllegalArgumentException(where + ": the mapping needs '" + required + " = ...'");
            }
        }
        DateTimeFormatter format = null;
        if (values.containsKey("date_format")) {
            try {
                format = DateTimeFormatter.ofPattern(values.get("date_format"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": date_format '" + values.get("date_format") + "' is not a date pattern: " + e.getMessage());
            }
        }
        return new ImportMapping(values.get("system"), values.get("id"), list(values.get("text")),
                values.get("received_date"), format, values.get("file_name"), list(values.getOrDefault("metadata", "")));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The fields of a record kept as metadata. */
    Map<String, String> metadataOf(Map<String, String> fields) {
        Map<String, String> kept = new LinkedHashMap<>();
        boolean everyOther = metadataFields.contains(EVERY_OTHER_FIELD);
        fields.forEach((name, value) -> {
            boolean mapped = name.equals(idField) || textFields.contains(name) || name.equals(dateField) || name.equals(fileNameField);
            if (metadataFields.contains(name) || (everyOther && !mapped)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** The received date a record's text gives, in the mapping's format or a common one. */
    LocalDate parseDate(String text) {
        String value = text.strip();
        if (dateFormat != null) {
            return LocalDate.parse(value, dateFormat);
        }
        for (DateTimeFormatter common : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/yyyy"),
                DateTimeFormatter.ofPattern("d-M-yyyy"))) {
            try {
                return LocalDate.parse(value, common);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        try {
            return LocalDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toLocalDate();
        }
    }
}
