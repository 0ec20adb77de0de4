package vn.donthu.letter;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where an imported letter came from: its record in the petition-management software it was exported
 * from. The letter's id is derived from {@code system} and {@code recordId}, so importing the same
 * export again replaces rather than duplicates.
 *
 * @param system       the name the import's mapping gives the source software
 * @param recordId     the record's own id there
 * @param receivedDate the date the record says the letter was received
 * @param metadata     the record's other mapped fields, as text, by the names the mapping gives them
 */
public record SourceRecord(String system, String recordId, LocalDate receivedDate, Map<String, String> metadata) {

    public SourceRecord {
        metadata = Map.copyOf(metadata);
    }
}
