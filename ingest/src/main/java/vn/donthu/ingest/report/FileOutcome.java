package vn.donthu.ingest.report;

/**
 * What became of one input file: every file ends in exactly one of these.
 *
 * @param letterId  the content hash the file is (or would be) indexed under
 * @param detail    for INDEXED, "already indexed" on a re-run; for DUPLICATE, the path it duplicates;
 *                  for FAILED, the reason
 */
public record FileOutcome(String path, Status status, String letterId, String detail) {

    public enum Status { INDEXED, DUPLICATE, FAILED }

    public static FileOutcome indexed(String path, String id, boolean alreadyIndexed) {
        return new FileOutcome(path, Status.INDEXED, id, alreadyIndexed ? "already indexed" : null);
    }

    public static FileOutcome duplicate(String path, String id, String original) {
        return new FileOutcome(path, Status.DUPLICATE, id, original);
    }

    public static FileOutcome failed(String path, String id, String reason) {
        return new FileOutcome(path, Status.FAILED, id, reason);
    }
}
