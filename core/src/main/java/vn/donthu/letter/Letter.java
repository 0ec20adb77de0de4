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
 * @param parentId        for a file attached to an e-mail, the id of the message's letter; null otherwise
 * @param attachmentIds   for an e-mail, the ids of its attachments' letters, in the message's order
 * @param sourceRecord    for a letter imported from another petition-management system, its record there;
 *                        null for files
 * @param matterFlags     the flags of the letter's matter (prolonged, overdue, escalated, crowded), copied onto
 *                        the letter so that letters can be filtered by them without a join
 * @param matterStatus    the {@link vn.donthu.matter.MatterStatus} name of the letter's matter, copied likewise
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
        Instant ingestedAt,
        String parentId,
        List<String> attachmentIds,
        SourceRecord sourceRecord,
        List<String> matterFlags,
        String matterStatus) {

    public Letter {
        sourcePaths = List.copyOf(sourcePaths);
        // Letters indexed before schema 3 have no pages.
        pages = pages == null ? List.of() : List.copyOf(pages);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        matterFlags = matterFlags == null ? List.of() : List.copyOf(matterFlags);
    }

    /** A letter read from a file of its own: no message around it, no record in another system. */
    public Letter(String id, String sourcePath, List<String> sourcePaths, String fileName, String mediaType,
                  long sizeBytes, int pageCount, ExtractionMethod extractionMethod, Float ocrConfidence, String text,
                  List<PageInfo> pages, String rawText, String redactedText, LetterDetails details, String matterId,
                  Instant ingestedAt) {
        this(id, sourcePath, sourcePaths, fileName, mediaType, sizeBytes, pageCount, extractionMethod, ocrConfidence,
                text, pages, rawText, redactedText, details, matterId, ingestedAt, null, List.of(), null, List.of(), null);
    }

    /** This letter as part of an e-mail: attached to {@code parentId}, or the message with these attachments. */
    public Letter inMessage(String parent, List<String> attachments) {
        return new Letter(id, sourcePath, sourcePaths, fileName, mediaType, sizeBytes, pageCount, extractionMethod,
                ocrConfidence, text, pages, rawText, redactedText, details, matterId, ingestedAt, parent, attachments,
                sourceRecord, matterFlags, matterStatus);
    }

    /** This letter in a matter, carrying the matter's flags and status. */
    public Letter inMatter(String matter, List<String> flags, String status) {
        return new Letter(id, sourcePath, sourcePaths, fileName, mediaType, sizeBytes, pageCount, extractionMethod,
                ocrConfidence, text, pages, rawText, redactedText, details, matter, ingestedAt, parentId, attachmentIds,
                sourceRecord, flags, status);
    }
}
