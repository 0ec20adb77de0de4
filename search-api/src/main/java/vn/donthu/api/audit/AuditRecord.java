package vn.donthu.api.audit;

import java.time.Instant;
import java.util.List;

/** One entry of the audit trail as stored in the {@code audit} index; written once, never changed. */
public record AuditRecord(Instant at, String username, List<String> roles, String action, String query,
                          List<String> filters, List<String> letterIds, List<String> identityDisclosed,
                          Long resultCount, String clientAddress) {
}
