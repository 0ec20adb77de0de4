package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Base64;
import java.util.List;
import vn.donthu.index.Json;

/**
 * Where the next page of a deep result list starts: an Elasticsearch point in time (so the list does
 * not shift while letters are being indexed), the sort values of the last hit sent, and the
 * fingerprint of the search it belongs to. Opaque to clients: base64url of JSON.
 */
record SearchCursor(String pit, List<Object> after, String search) {

    SearchCursor {
        after = after == null ? List.of() : List.copyOf(after);
    }

    String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.mapper().writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SearchCursor decode(String cursor, String expectedSearch) {
        SearchCursor decoded;
        try {
            decoded = Json.mapper().readValue(Base64.getUrlDecoder().decode(cursor), SearchCursor.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("the cursor is not one this server gave out; start again with cursor=start");
        }
        if (!expectedSearch.equals(decoded.search())) {
            throw new IllegalArgumentException("the cursor belongs to another search (query, filters, sort or user); "
                    + "send the same parameters as for the first page, or start again with cursor=start");
        }
        return decoded;
    }

    List<FieldValue> searchAfter() {
        return after.stream().map(SearchCursor::value).toList();
    }

    static Object plain(FieldValue value) {
        return value.isNull() ? null : value._get();
    }

    private static FieldValue value(Object v) {
        if (v == null) {
            return FieldValue.NULL;
        }
        if (v instanceof Integer || v instanceof Long) {
            return FieldValue.of(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return FieldValue.of(n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return FieldValue.of(b);
        }
        return FieldValue.of(v.toString());
    }
}
