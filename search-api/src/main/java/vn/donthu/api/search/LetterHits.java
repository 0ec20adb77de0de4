package vn.donthu.api.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.api.search.LetterHit.Place;
import vn.donthu.api.search.LetterHit.TextForm;
import vn.donthu.api.search.query.TextFields;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;

/** Builds what a reader may see of a hit, following {@link PersonalDataPolicy}. */
final class LetterHits {

    private LetterHits() {
    }

    /** The highlighted fragments a reader is shown, and the source field of the text form they come from. */
    record Fragments(String sourceField, List<String> html) {
    }

    /** {@code snippets}: the hit's fragments placed on their pages by {@link SnippetPages}. */
    static LetterHit of(Reader reader, Hit<Letter> hit, List<Snippet> snippets) {
        Letter letter = hit.source();
        LetterDetails details = letter.details();
        boolean full = PersonalDataPolicy.textFor(reader, details) == TextFields.FULL;
        Place place = Place.of(details == null ? null : details.locality());
        LetterDetails.Recipient recipient = details == null ? null : details.recipient();
        return new LetterHit(letter.id(), full ? TextForm.FULL : TextForm.REDACTED,
                full ? letter.fileName() : null, full ? letter.sourcePath() : null,
                letter.mediaType(), letter.pageCount(), letter.extractionMethod(), letter.ocrConfidence(), letter.ingestedAt(),
                hit.score() == null ? 0 : hit.score(),
                details == null ? List.of() : details.kinds(), details == null ? null : details.subjectField(),
                details == null ? null : details.letterDate(), details == null ? null : details.receivedDate(), place,
                recipient == null ? null : recipient.name(), recipient == null ? null : recipient.level(),
                details == null ? null : details.crowded(), details == null ? null : details.overLevel(),
                details == null ? null : details.signerCount(), letter.matterId(),
                full && details != null ? details.petitioners().stream().map(LetterDetails.Petitioner::name).toList() : null,
                snippets == null ? List.of() : snippets);
    }

    static Fragments fragments(Reader reader, Hit<Letter> hit) {
        TextFields form = PersonalDataPolicy.textFor(reader, hit.source().details());
        // Exact-form fragments first: they highlight the words as typed; the folded ones cover queries without diacritics.
        for (String field : List.of(form.exact(), form.words(), form.folded())) {
            List<String> fragments = hit.highlight().getOrDefault(field, List.of());
            if (!fragments.isEmpty()) {
                return new Fragments(form.exact(), fragments);
            }
        }
        return new Fragments(form.exact(), List.of());
    }

    /** The hits that show, in full, identities only the identity authority may see. */
    static List<String> disclosures(Reader reader, List<Hit<Letter>> hits) {
        return hits.stream().filter(h -> PersonalDataPolicy.disclosesIdentity(reader, h.source().details()))
                .map(h -> h.source().id()).toList();
    }
}
