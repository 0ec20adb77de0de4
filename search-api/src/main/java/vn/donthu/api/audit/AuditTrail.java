package vn.donthu.api.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.donthu.index.IndexSettings;

/**
 * The append-only audit trail. Each event becomes a new document with an id Elasticsearch chooses
 * ({@code op_type=create}); nothing in the application updates or deletes one. An event is written
 * before the data it describes is sent: if the trail cannot be written, the request fails.
 */
@Service
public class AuditTrail {

    private final ElasticsearchClient client;
    private final String alias;

    public AuditTrail(ElasticsearchClient client, IndexSettings indices) {
        this.client = client;
        this.alias = indices.names().alias("audit");
    }

    public void record(AuditEvent event) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        List<String> roles = who == null ? List.of()
                : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        AuditRecord entry = new AuditRecord(Instant.now(), who == null ? null : who.getName(), roles, event.action(),
                event.query(), event.filters(), event.letterIds(), event.identityDisclosed(), event.resultCount(), address);
        try {
            client.index(IndexRequest.of(i -> i.index(alias).opType(co.elastic.clients.elasticsearch._types.OpType.Create)
                    .document(entry)));
        } catch (IOException e) {
            throw new UncheckedIOException("the audit trail could not be written; nothing was disclosed", e);
        }
    }
}
