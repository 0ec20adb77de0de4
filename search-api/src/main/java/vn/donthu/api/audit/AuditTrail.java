package vn.donthu.api.audit;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.IndexRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * before the data it describes is sent: if the trail cannot be written, the request fails. The write
 * may be started early ({@link #start}) so that it runs while the response is prepared; the caller
 * still waits for it ({@link Pending#acknowledged}) before answering.
 */
@Service
public class AuditTrail {

    private final ElasticsearchAsyncClient client;
    private final String alias;

    public AuditTrail(ElasticsearchClient client, IndexSettings indices) {
        this.client = new ElasticsearchAsyncClient(client._transport());
        this.alias = indices.names().alias("audit");
    }

    /** Writes the event and returns once Elasticsearch has acknowledged it. */
    public void record(AuditEvent event) {
        start(event).acknowledged();
    }

    /** Sends the event now (who and from where are read on the calling thread) without waiting for it. */
    public Pending start(AuditEvent event) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        List<String> roles = who == null ? List.of()
                : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        AuditRecord entry = new AuditRecord(Instant.now(), who == null ? null : who.getName(), roles, event.action(),
                event.query(), event.filters(), event.letterIds(), event.identityDisclosed(), event.resultCount(), address);
        return new Pending(client.index(IndexRequest.of(i -> i.index(alias).opType(OpType.Create).document(entry))));
    }

    /** An audit write under way; nothing it describes may be sent before {@link #acknowledged} returns. */
    public record Pending(CompletableFuture<?> write) {

        /** Waits for the write; throws, so that the request fails, when the trail could not be written. */
        public void acknowledged() {
            try {
                write.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new UncheckedIOException("the audit trail could not be written; nothing was disclosed",
                        cause instanceof IOException io ? io : new IOException(cause));
            }
        }
    }
}
