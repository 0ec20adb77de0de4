package vn.donthu.ingest.imports;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.donthu.analysis.VietnameseNormalizer;
import vn.donthu.ingest.extract.LetterExtractor;
import vn.donthu.ingest.records.ExportRecord;
import vn.donthu.ingest.understand.LetterReader;
import vn.donthu.letter.ContentHash;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.Redaction;
import vn.donthu.letter.SourceRecord;

/** Turns the records of an export into letters, through a mapping; a record that cannot be one says why. */
final class RecordLetters {

    /** A record as a letter, or the reason it is not one. */
    record Mapped(ExportRecord record, Letter letter, String failure) {
    }

    private static final LetterReader READER = new LetterReader();

    private final ImportMapping mapping;
    private final String exportPath;

    RecordLetters(ImportMapping mapping, String exportPath) {
        this.mapping = mapping;
        this.exportPath = exportPath;
    }

    /**
     * The letter id of a record: the same source system and record id give the same letter, so an
     * export imported twice, or resumed, never makes two.
     */
    static String letterId(String system, String recordId) {
        return ContentHash.ofText(system + "\n" + recordId);
    }

    Mapped map(ExportRecord record) {
        if (!record.readable()) {
            return new Mapped(record, null, record.error());
        }
        String recordId = record.fields().getOrDefault(mapping.idField(), "").strip();
        if (recordId.isEmpty()) {
            return new Mapped(record, null, "no id: the field '" + mapping.idField() + "' is missing or empty");
        }
        String text = mapping.textFields().stream().map(f -> record.fields().getOrDefault(f, "").strip())
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n\n"));
        if (text.isEmpty()) {
            return new Mapped(record, null, "record " + recordId + " has no text in " + mapping.textFields());
        }
        if (text.length() > LetterExtractor.MAX_TEXT_CHARS) {
            return new Mapped(record, null, "record " + recordId + ": the text is longer than the "
                    + LetterExtractor.MAX_TEXT_CHARS + " characters allowed for one letter");
        }
        LocalDate received = null;
        String date = mapping.dateField() == null ? null : record.fields().get(mapping.dateField());
        if (date != null && !date.isBlank()) {
            try {
                received = mapping.parseDate(date);
            } catch (DateTimeException e) {
                return new Mapped(record, null, "record " + recordId + ": '" + date + "' in '" + mapping.dateField()
                        + "' is not a date" + (mapping.dateFormat() == null ? " (set date_format in the mapping)" : " in the mapping's date_format"));
            }
        }
        String normalized = VietnameseNormalizer.normalize(text);
        String fileName = mapping.fileNameField() == null ? recordId
                : record.fields().getOrDefault(mapping.fileNameField(), recordId);
        String path = exportPath + "#" + recordId;
        // Read like any ingested letter, so that readers without the identity authority see it masked.
        LetterDetails details = READER.read(normalized);
        Letter letter = new Letter(letterId(mapping.system(), recordId), path, List.of(path), fileName, "text/plain",
                text.getBytes(StandardCharsets.UTF_8).length, 1, ExtractionMethod.TEXT_LAYER, null, normalized, List.of(),
                null, Redaction.apply(normalized, details.personalData()), details, null, Instant.now(), null, List.of(),
                new SourceRecord(mapping.system(), recordId, received, mapping.metadataOf(record.fields())), List.of(), null);
        return new Mapped(record, letter, null);
    }
}
