package vn.donthu.letter;

import java.time.Instant;
import java.util.List;

/**
 * One letter as indexed: the one definition of the letter document, shared by ingest, the API and
 * the dashboards. Field names on the wire are the snake_case forms of these components (see
 * {@link vn.donthu.index.Json}); {@link LetterFields} names them for queries.
 *
 * @param id              SHA-256 of the file's bytes, so the same file is never indexed twice
 * @param sourcePaths     every path this content was found at, first one first
 * @param ocrConfidence   mean Tesseract word confidence (0–100) over OCRed pages, null when no page was OCRed
 * @param text            the extracted text, normalised (NFC), pages separated by a form feed
 * @param pages           where each page starts in {@code text}, how it was read, its OCR confidence
 * @param rawText         the OCR output before post-OCR correction, null when correction changed nothing
 * @param redactedText    {@code text} with the petitioners' personal data ({@link LetterDetails#personalData()})
 *                        masked, for readers without the authority to see identities
 * @param details         what was understood from the text; null until the letter has been analysed
 * @param matterId        the matter (vụ việc) the letter belongs to; null until grouped
 */
public record Letter(
        String id,
        String sourcePath,
        List<String> sourcePaths,
        String fileName,
        String mediaType,
        long sizeBytes,
        int pageCount,
        ExtractionMethod extractionMethod,
        Float ocrConfidence,
        String text,
        List<PageInfo> pages,
        String rawText,
        String redactedText,
        LetterDetails details,
        String matterId,
        Instant ingestedAt) {

    public Letter {
        sourcePaths = List.copyOf(sourcePaths);
        pages = List.copyOf(pages);
    }
}
