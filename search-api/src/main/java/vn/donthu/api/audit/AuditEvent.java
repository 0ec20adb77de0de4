package vn.donthu.api.audit;

import java.util.List;

/**
 * What one request did, as the code that answered it knows it; {@link AuditTrail} adds who, when
 * and from where.
 *
 * @param identityDisclosed letters whose protected identities were shown in full
 */
public record AuditEvent(String action, String query, List<String> filters, List<String> letterIds,
                         List<String> identityDisclosed, Long resultCount) {

    public AuditEvent {
        filters = List.copyOf(filters);
        letterIds = List.copyOf(letterIds);
        identityDisclosed = List.copyOf(identityDisclosed);
    }

    public static AuditEvent of(String action) {
        return new AuditEvent(action, null, List.of(), List.of(), List.of(), null);
    }

    public AuditEvent query(String typed) {
        return new AuditEvent(action, typed, filters, letterIds, identityDisclosed, resultCount);
    }

    public AuditEvent filters(List<String> applied) {
        return new AuditEvent(action, query, applied, letterIds, identityDisclosed, resultCount);
    }

    public AuditEvent letters(List<String> ids) {
        return new AuditEvent(action, query, filters, ids, identityDisclosed, resultCount);
    }

    public AuditEvent disclosed(List<String> ids) {
        return new AuditEvent(action, query, filters, letterIds, ids, resultCount);
    }

    public AuditEvent count(long total) {
        return new AuditEvent(action, query, filters, letterIds, identityDisclosed, total);
    }
}
