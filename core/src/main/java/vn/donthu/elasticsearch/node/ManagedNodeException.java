package vn.donthu.elasticsearch.node;

/** A managed-node problem a person can fix; the message says what happened and what to do. */
public class ManagedNodeException extends RuntimeException {
    public ManagedNodeException(String message) {
        super(message);
    }

    public ManagedNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
