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
        Instant ingestedAt) {

    public Letter {
        sourcePaths = List.copyOf(sourcePaths);
    }
}
