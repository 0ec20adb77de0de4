package vn.donthu.api.search;

import java.time.Instant;
import java.util.List;
import vn.donthu.letter.ExtractionMethod;

/**
 * One letter in a result list: where it came from, how its text was obtained, and the passages
 * that matched, with the matched words between {@code <mark>} tags (the rest HTML-escaped).
 */
public record LetterHit(String id, String fileName, String sourcePath, String mediaType, int pageCount,
                        ExtractionMethod extractionMethod, Float ocrConfidence, Instant ingestedAt, double score,
                        List<String> snippets) {
}
