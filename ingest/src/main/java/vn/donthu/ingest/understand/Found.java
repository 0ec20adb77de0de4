package vn.donthu.ingest.understand;

/** A value read from a letter and the span of text ({@code start} inclusive, {@code end} exclusive) it came from. */
public record Found<T>(T value, int start, int end) {
}
