package vn.donthu.ingest.extract;

/** One file cannot be turned into text; the reason goes into the ingest report, and the run goes on. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
