package vn.donthu.api.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.donthu.index.IndexSettings;

/** The audit trail, searchable by ADMIN (only reading: the API has no way to change an entry). */
@RestController
@RequestMapping("/api/audit")
@Validated
class AuditController {

    record AuditPage(long total, int page, int size, List<AuditRecord> entries) {
    }

    private final ElasticsearchClient client;
    private final String alias;
    private final AuditTrail audit;

    AuditController(ElasticsearchClient client, IndexSettings indices, AuditTrail audit) {
        this.client = client;
        this.alias = indices.names().alias("audit");
        this.audit = audit;
    }

    @GetMapping
    AuditPage search(@RequestParam(required = false) String username,
                     @RequestParam(required = false) String action,
                     @RequestParam(required = false) String letter,
                     @RequestParam(required = false) String q,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(99) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) throws IOException {
        List<Query> filters = new ArrayList<>();
        term(filters, "username", username);
        term(filters, "action", action);
        if (letter != null) {
            filters.add(Query.of(f -> f.multiMatch(m -> m.query(letter).fields("letter_ids", "identity_disclosed"))));
        }
        if (q != null) {
            filters.add(Query.of(f -> f.match(m -> m.field("query.text").query(q))));
        }
        if (from != null || to != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("at");
                if (from != null) {
                    d.gte(from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
                }
                if (to != null) {
                    d.lt(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
                }
                return d;
            }))));
        }
        audit.record(AuditEvent.of("audit_searched").filters(filters.stream().map(Query::toString).toList()));
        // Entries are written without waiting for a refresh (that would slow every search); the admin sees them all.
        client.indices().refresh(r -> r.index(alias));
        SearchResponse<AuditRecord> response = client.search(s -> s.index(alias).from(page * size).size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(qq -> qq.bool(b -> b.filter(filters)))
                .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc))), AuditRecord.class);
        return new AuditPage(response.hits().total().value(), page, size,
                response.hits().hits().stream().map(h -> h.source()).toList());
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(value))));
        }
    }
}
