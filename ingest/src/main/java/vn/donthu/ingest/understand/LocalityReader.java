package vn.donthu.ingest.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.TextSpan;
import vn.donthu.locality.AddressFinder.AddressPhrase;
import vn.donthu.locality.AddressResolver;

/**
 * Where a letter's matter is: the senders' own address when it resolves, since people write about
 * where they live; otherwise the best-resolved of the other addresses in the letter (an anonymous
 * letter still names the hamlet at issue). Deeper wins: a commune over a district over a province.
 */
final class LocalityReader {

    private LocalityReader() {
    }

    static Found<Locality> read(AddressResolver places, List<AddressPhrase> addresses, List<TextSpan> personalData,
            LocalDate letterDate) {
        List<Found<String>> senders = new ArrayList<>();
        List<Found<String>> others = new ArrayList<>();
        for (AddressPhrase phrase : addresses) {
            boolean sender = personalData.stream().anyMatch(span -> span.kind().equals("address") && span.start() == phrase.start());
            (sender ? senders : others).add(new Found<>(phrase.text(), phrase.start(), phrase.end()));
        }
        Found<Locality> best = deepest(places, senders, letterDate);
        return best != null ? best : deepest(places, others, letterDate);
    }

    private static Found<Locality> deepest(AddressResolver places, List<Found<String>> addresses, LocalDate letterDate) {
        Found<Locality> best = null;
        int bestDepth = 0;
        for (Found<String> address : addresses) {
            Optional<Locality> locality = places.resolve(address.value(), letterDate);
            int depth = locality.map(LocalityReader::depth).orElse(0);
            if (depth > bestDepth) {
                best = new Found<>(locality.get(), address.start(), address.end());
                bestDepth = depth;
            }
        }
        return best;
    }

    private static int depth(Locality locality) {
        return locality.communeName() != null ? 3 : locality.districtName() != null ? 2 : 1;
    }
}
