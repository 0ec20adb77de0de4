package vn.donthu.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.api.search.query.UserQuery;

/** A search as a reader asked it: what they typed, the filters they chose, and who they are. */
public record LetterQuery(String typed, UserQuery parsed, LetterFilters filters, Reader reader) {

    public static final int MAX_QUERY_CHARS = 500;
    /** Each clause is matched on several forms of the text; more than this is a paste, not a question. */
    public static final int MAX_CLAUSES = 24;
    /** Words in all; a letter must contain every one, so more only finds the pasted letter itself. */
    public static final int MAX_WORDS = 64;

    /** A search for letters: something to search for is required, words or filters. */
    public static LetterQuery of(String typed, LetterFilters filters, Reader reader) {
        return parse(typed, filters, reader, true);
    }

    /** A count of letters: nothing typed and no filter counts them all. */
    public static LetterQuery counting(String typed, LetterFilters filters, Reader reader) {
        return parse(typed, filters, reader, false);
    }

    private static LetterQuery parse(String typed, LetterFilters filters, Reader reader, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("the query has " + text.length() + " characters; at most " + MAX_QUERY_CHARS);
        }
        if (required && text.isEmpty() && filters.isEmpty()) {
            throw new IllegalArgumentException("the parameter 'q' is required when no filter is chosen");
        }
        UserQuery parsed = UserQuery.parse(text);
        if (!text.isEmpty() && parsed.isEmpty()) {
            throw new IllegalArgumentException("the query '" + text + "' has no words to search for, only exclusions or operators");
        }
        int words = text.split("\\s+").length;
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("the query has " + words + " words; at most " + MAX_WORDS + " (search for its most telling words)");
        }
        int clauses = parsed.groups().stream().mapToInt(java.util.List::size).sum() + parsed.exclusions().size();
        if (clauses > MAX_CLAUSES) {
            throw new IllegalArgumentException("the query has " + clauses + " parts (phrases, exclusions, OR alternatives); at most "
                    + MAX_CLAUSES);
        }
        return new LetterQuery(text, parsed, filters, reader);
    }

    /** The Elasticsearch query: the typed words over the text forms this reader may search, within the filters. */
    public Query query() {
        return Query.of(q -> q.bool(b -> {
            if (!parsed.isEmpty()) {
                b.must(PersonalDataPolicy.textQuery(reader, parsed));
            }
            return b.filter(filters.queries());
        }));
    }

    /** Identifies this search for a cursor, so that a cursor cannot be replayed with another query or by another reader. */
    String fingerprint(LetterSort sort) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (reader.username() + "\n" + typed + "\n" + filters.describe() + "\n" + sort).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
