package vn.donthu.ingest.imports;

/** A record that did not become a letter: where it is in the export and why. */
public record ImportFailure(long line, String recordId, String reason) {
}
