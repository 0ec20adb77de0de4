package vn.donthu.ingest.corpus;

/**
 * One file written by the generator, as recorded in {@code truth.jsonl}.
 *
 * @param path        relative to the output folder
 * @param page        for a single-image format, which page of the letter the file holds (from 1); else null
 * @param degradation for a scan, how it was spoiled; null for a born-digital file
 * @param dpi         for a scan, its resolution; else null
 * @param text        what the file should read as: the letter's text, or the page's lines for one page image
 */
public record CorpusFile(String path, String format, Integer page, int pages, ScanDegradation degradation,
                         Integer dpi, String letterId, String matterId, String text,
                         vn.donthu.letter.LetterDetails details) {
}
