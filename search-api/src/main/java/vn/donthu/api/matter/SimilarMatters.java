package vn.donthu.api.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.donthu.analysis.VietnameseStopwords;
import vn.donthu.api.access.PersonalDataPolicy;
import vn.donthu.api.access.Reader;
import vn.donthu.api.audit.AuditEvent;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.api.search.query.TextFields;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.Matter;

/**
 * Matters like a given one: more-like-this over its letters' text, run on the letters of other
 * matters, plus a boost for the same commune or province; the letters are collapsed on their matter,
 * so each other matter scores as its most alike letter. Readers without the identity authority compare masked texts only (their own and the
 * others'), so a name cannot make two matters alike for them; readers who see no text at all get no
 * shared terms.
 */
@Service
class SimilarMatters {

    static final int LIMIT = 10;
    /** Letters of the matter whose text is compared: a long series says the same thing many times. */
    static final int LETTERS_COMPARED = 20;
    static final int CHARS_PER_LETTER = 6_000;
    static final int SHARED_TERMS = 8;
    private static final Pattern MARK = Pattern.compile("<mark>(.+?)</mark>");
    private static final String L = "details.locality.";
    /**
     * Words every letter has (function words, the salutation, the kind, the level of the body written
     * to), as the words field spells them: left out so that matters are alike by what they are about.
     */
    static final List<String> FORM_WORDS = Stream.concat(
            VietnameseStopwords.defaultSet().stream().map(w -> new String((char[]) w)),
            Stream.of("đơn", "kính_gửi", "ủy_ban", "nhân_dân", "ubnd", "tôi", "chúng_tôi", "tên", "trú", "xã", "phường",
                    "thị_trấn", "huyện", "quận", "thị_xã", "tỉnh", "thành_phố", "khiếu_nại", "tố_cáo", "kiến_nghị", "phản_ánh",
                    "đề_nghị", "việc", "ông", "bà")).distinct().toList();

    private final ElasticsearchClient client;
    private final Matters matters;
    private final MatterLetters letters;
    private final AuditTrail audit;

    SimilarMatters(ElasticsearchClient client, Matters matters, MatterLetters letters, AuditTrail audit) {
        this.client = client;
        this.matters = matters;
        this.letters = letters;
        this.audit = audit;
    }

    List<SimilarMatter> like(String id, Reader reader) {
        Matter matter = matters.get(id);
        TextFields form = reader.seesIdentities() ? TextFields.FULL : TextFields.REDACTED;
        List<String> texts = letters.of(matter).values().stream()
                .map(l -> form == TextFields.FULL ? l.text() : l.redactedText()).filter(Objects::nonNull)
                .limit(LETTERS_COMPARED).map(t -> t.length() > CHARS_PER_LETTER ? t.substring(0, CHARS_PER_LETTER) : t).toList();
        List<SimilarMatter> similar = new ArrayList<>();
        List<String> disclosed = new ArrayList<>();
        if (!texts.isEmpty()) {
            List<Hit<Letter>> best = search(query(matter, texts, form), form.words());
            Map<String, Matter> found = matters.getAll(best.stream().map(h -> h.source().matterId()).toList());
            for (Hit<Letter> letter : best) {
                Matter other = found.get(letter.source().matterId());
                if (other == null) {
                    continue;
                }
                List<String> terms = reader.readsLetters() ? terms(letter, form.words()) : List.of();
                if (!terms.isEmpty() && PersonalDataPolicy.disclosesIdentity(reader, letter.source().details())) {
                    disclosed.add(letter.id());
                }
                similar.add(new SimilarMatter(MatterFacts.of(other), letter.score() == null ? 0 : letter.score(),
                        new SimilarMatter.Why(sharedLocality(matter.locality(), other.locality()), terms)));
            }
        }
        audit.record(AuditEvent.of("similar_matters").filters(List.of("matter=" + id)).disclosed(disclosed).count(similar.size()));
        return similar;
    }

    /**
     * One shared telling word makes a candidate: the score ranks them, and letters are short, so a
     * share of the matter's words would miss a matter told in other words.
     */
    private static Query query(Matter matter, List<String> texts, TextFields form) {
        Locality place = matter.locality();
        return Query.of(q -> q.bool(b -> {
            b.must(m -> m.moreLikeThis(mlt -> mlt.fields(form.words()).like(texts.stream().map(t -> Like.of(l -> l.text(t))).toList())
                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("1").stopWords(FORM_WORDS)))
                    .filter(f -> f.exists(e -> e.field(LetterFields.MATTER_ID)))
                    .mustNot(n -> n.term(t -> t.field(LetterFields.MATTER_ID).value(matter.id())));
            if (place != null && place.currentProvinceCode() != null) {
                b.should(s -> s.term(t -> t.field(L + "current_province_code").value(place.currentProvinceCode()).boost(1f)));
            }
            if (place != null && place.communeCode() != null) {
                b.should(s -> s.bool(c -> c.boost(2f)
                        .filter(f -> f.term(t -> t.field(L + "code_list").value(place.codeList())))
                        .filter(f -> f.term(t -> t.field(L + "commune_code").value(place.communeCode())))));
            }
            return b;
        }));
    }

    /** The most alike letter of each other matter, most alike first. */
    private List<Hit<Letter>> search(Query query, String field) {
        try {
            return client.search(s -> s.index(letters.alias()).size(LIMIT).query(query).collapse(c -> c.field(LetterFields.MATTER_ID))
                    .source(src -> src.filter(f -> f.excludes(LetterFields.RAW_TEXT, LetterFields.TEXT, LetterFields.REDACTED_TEXT)))
                    .highlight(hl -> hl.preTags("<mark>").postTags("</mark>").fragmentSize(60).numberOfFragments(10)
                            .fields(field, f -> f)), Letter.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words marked in the most alike letter: what more-like-this matched it on. */
    private static List<String> terms(Hit<Letter> letter, String field) {
        Set<String> terms = new LinkedHashSet<>();
        for (String fragment : letter.highlight().getOrDefault(field, List.of())) {
            Matcher marked = MARK.matcher(fragment);
            while (marked.find() && terms.size() < SHARED_TERMS) {
                terms.add(marked.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(terms);
    }

    private static String sharedLocality(Locality one, Locality other) {
        if (one == null || other == null) {
            return null;
        }
        if (one.communeCode() != null && Objects.equals(one.codeList(), other.codeList())
                && one.communeCode().equals(other.communeCode())) {
            return "commune";
        }
        return one.currentProvinceCode() != null && one.currentProvinceCode().equals(other.currentProvinceCode()) ? "province" : null;
    }
}
