package vn.donthu.api.search.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterKind;

/**
 * The judged query set, built from the generated letters' ground truth alone (never from what the
 * engine returns). Each query is made from one target letter, in the words an inspector would type,
 * and each is asked twice: as written with diacritics and typed without them (some of those in
 * lower case, some with two letters of a long syllable swapped).
 *
 * <p>Grades, by kind of query (2 = what the query is after, 1 = partly relevant):
 * <ul>
 *   <li>name + place, quoted name: 2 = the letters of the target's matter and any other letter the
 *       same person signed from the same commune.</li>
 *   <li>topic + place: 2 = letters with that topic from that commune; 1 = letters from that commune
 *       of the same subject field.</li>
 *   <li>kind + subject: 2 = letters of that kind and topic from that province; 1 = letters of that
 *       topic from that province of another kind.</li>
 *   <li>document number: 2 = letters citing that document; 1 = the other letters of their matters.</li>
 *   <li>parcel: 2 = letters naming that parcel on that map sheet; 1 = the other letters of their matters.</li>
 *   <li>accused person: 2 = letters accusing that person; 1 = the other letters of their matters.</li>
 *   <li>abbreviation (a body written "UBND H. Phú Bình", with a topic): 2 = letters accusing that body
 *       with that topic; 1 = letters accusing that body of something else.</li>
 * </ul>
 * A commune is named in a query without its province, so letters from any commune of that name
 * are judged as from it ("xã Tân Thái" is in more than one province); a province is compared with
 * its code list (old or new units), as the ground truth resolved it.
 */
public final class JudgedQueries {

    /** Base queries per kind; each is asked with and without diacritics. */
    static final int PER_KIND = 13;

    /**
     * What an inspector types for a topic. Of the wordings that most letters of the topic use, the one
     * that fewest letters of other topics use is chosen, as an inspector who knows the letters would.
     */
    private static final Map<String, List<String>> TOPIC_PHRASES = Map.ofEntries(
            Map.entry("thu_hoi_dat", List.of("thu hồi đất")),
            Map.entry("boi_thuong", List.of("bồi thường")),
            Map.entry("giai_phong_mat_bang", List.of("giải phóng mặt bằng", "bồi thường")),
            Map.entry("tai_dinh_cu", List.of("tái định cư")),
            Map.entry("cap_giay_chung_nhan", List.of("giấy chứng nhận quyền sử dụng đất", "cấp giấy chứng nhận", "sổ đỏ")),
            Map.entry("tranh_chap_dat_dai", List.of("tranh chấp đất", "tranh chấp")),
            Map.entry("cuong_che", List.of("cưỡng chế")),
            Map.entry("tai_san", List.of("tạm giữ", "tài sản")),
            Map.entry("nguoi_co_cong", List.of("người có công", "thương binh", "chế độ")),
            Map.entry("bao_hiem_xa_hoi", List.of("bảo hiểm xã hội")),
            Map.entry("tro_cap_xa_hoi", List.of("trợ cấp")),
            Map.entry("thi_hanh_an", List.of("thi hành án")),
            Map.entry("ban_an", List.of("bản án")),
            Map.entry("ky_luat_dang", List.of("kỷ luật")),
            Map.entry("xu_phat_hanh_chinh", List.of("xử phạt")),
            Map.entry("vi_pham_quan_ly_dat", List.of("lấn chiếm", "quản lý đất đai")),
            Map.entry("xay_dung_trai_phep", List.of("xây dựng trái phép", "xây dựng không phép", "không có giấy phép")),
            Map.entry("nhan_hoi_lo", List.of("hối lộ", "nhận tiền")),
            Map.entry("tham_o", List.of("tham ô", "chiếm đoạt")),
            Map.entry("vi_pham_to_tung", List.of("tố tụng")),
            Map.entry("dang_vien_vi_pham", List.of("đảng viên")),
            Map.entry("lua_dao", List.of("lừa đảo")),
            Map.entry("o_nhiem_moi_truong", List.of("ô nhiễm")),
            Map.entry("ha_tang", List.of("đường giao thông", "hạ tầng")));
    /** A phrase is only used for a topic when this share of the topic's letters contain it. */
    private static final double PHRASE_COVERAGE = 0.8;
    private static final Map<LetterKind, String> KIND_WORDS = Map.of(LetterKind.KHIEU_NAI, "khiếu nại",
            LetterKind.TO_CAO, "tố cáo", LetterKind.KIEN_NGHI, "kiến nghị", LetterKind.PHAN_ANH, "phản ánh");
    private static final Pattern UNIT_TYPES = Pattern.compile("(xã|phường|thị trấn) ");
    private static final Map<String, String> ABBREVIATED_UNITS = new LinkedHashMap<>();

    static {
        ABBREVIATED_UNITS.put("thành phố ", "TP. ");
        ABBREVIATED_UNITS.put("thị xã ", "TX. ");
        ABBREVIATED_UNITS.put("thị trấn ", "TT. ");
        ABBREVIATED_UNITS.put("huyện ", "H. ");
        ABBREVIATED_UNITS.put("quận ", "Q. ");
        ABBREVIATED_UNITS.put("phường ", "P. ");
        ABBREVIATED_UNITS.put("xã ", "X. ");
    }

    /** A query before it is typed in its two forms. {@code keepCase}: its capitals carry meaning ("X. Tân Đức"). */
    private record Base(String kind, GeneratedLetter target, String text, Map<String, Integer> grades, boolean keepCase) {
    }

    private final List<GeneratedLetter> letters;
    private final Map<String, List<GeneratedLetter>> byMatter = new HashMap<>();
    private final Map<String, String> topicPhrases = new HashMap<>();
    private final Set<String> surnames = new HashSet<>();

    private JudgedQueries(List<GeneratedLetter> letters) {
        this.letters = letters;
        for (GeneratedLetter letter : letters) {
            byMatter.computeIfAbsent(letter.matterId(), m -> new ArrayList<>()).add(letter);
            letter.details().petitioners().forEach(p -> surnames.add(p.name().split(" ")[0]));
        }
        TOPIC_PHRASES.forEach((topic, phrases) -> {
            String best = null;
            double bestPrecision = 0;
            for (String phrase : phrases) {
                List<GeneratedLetter> saying = letters.stream().filter(l -> contains(l.text(), phrase)).toList();
                long ofTopic = letters.stream().filter(l -> l.details().topics().contains(topic)).count();
                long both = saying.stream().filter(l -> l.details().topics().contains(topic)).count();
                double precision = both / (double) Math.max(1, saying.size());
                if (both >= PHRASE_COVERAGE * ofTopic && precision > bestPrecision) {
                    best = phrase;
                    bestPrecision = precision;
                }
            }
            if (best != null) {
                topicPhrases.put(topic, best);
            }
        });
    }

    /** The judged queries over {@code letters}; the same letters and seed give the same queries. */
    public static List<JudgedQuery> build(List<GeneratedLetter> letters, long seed) {
        return new JudgedQueries(letters).build(seed);
    }

    private List<JudgedQuery> build(long seed) {
        List<GeneratedLetter> order = new ArrayList<>(letters);
        Collections.shuffle(order, new Random(seed));
        Map<String, Function<GeneratedLetter, Base>> kinds = new LinkedHashMap<>();
        kinds.put("name + place", this::namePlace);
        kinds.put("quoted name", this::quotedName);
        kinds.put("topic + place", this::topicPlace);
        kinds.put("kind + subject", this::kindSubject);
        kinds.put("document number", this::document);
        kinds.put("parcel", this::parcel);
        kinds.put("accused person", this::accusedPerson);
        kinds.put("abbreviation", this::abbreviation);
        List<JudgedQuery> queries = new ArrayList<>();
        kinds.forEach((kind, make) -> {
            Set<String> matters = new HashSet<>();
            int n = 0;
            for (GeneratedLetter letter : order) {
                if (n == PER_KIND) {
                    break;
                }
                if (matters.contains(letter.matterId())) {
                    continue;
                }
                Base base = make.apply(letter);
                if (base != null) {
                    matters.add(letter.matterId());
                    queries.addAll(typed(base, n++));
                }
            }
        });
        return queries;
    }

    /** The two forms of one query: with diacritics (every third in lower case), and without (half lower case, a quarter with a typo). */
    private static List<JudgedQuery> typed(Base base, int n) {
        String split = new Random(base.target().matterId().hashCode()).nextBoolean() ? "dev" : "test";
        String id = base.kind().replace(" + ", "-").replace(' ', '-') + "-" + n;
        String accented = !base.keepCase() && n % 3 == 2 ? base.text().toLowerCase(Locale.ROOT) : base.text();
        String folded = VietnameseFolder.fold(base.text());
        if (!base.keepCase() && n % 2 == 0) {
            folded = folded.toLowerCase(Locale.ROOT);
        }
        if (!base.keepCase() && !folded.contains("\"") && n % 4 == 1) {
            folded = typo(folded);
        }
        return List.of(new JudgedQuery(id, base.kind(), accented, false, split, base.grades()),
                new JudgedQuery(id + "-folded", base.kind(), folded, true, split, base.grades()));
    }

    /**
     * Swaps the two middle letters of the longest word of six letters or more, as a hurried typist
     * does ("nguyen" → "ngyuen"). Such a word may differ by one edit in search; a shorter one may not.
     */
    static String typo(String text) {
        String[] words = text.split(" ");
        int longest = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 6 && words[i].chars().allMatch(Character::isLetter)
                    && (longest < 0 || words[i].length() > words[longest].length())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return text;
        }
        String word = words[longest];
        int m = word.length() / 2;
        words[longest] = word.substring(0, m - 1) + word.charAt(m) + word.charAt(m - 1) + word.substring(m + 1);
        return String.join(" ", words);
    }

    private Base namePlace(GeneratedLetter target) {
        Petitioner petitioner = petitioner(target);
        Locality place = target.details().locality();
        if (petitioner == null || place == null || place.communeName() == null) {
            return null;
        }
        return new Base("name + place", target, petitioner.name() + " " + place.communeName(), signedBy(target, petitioner), false);
    }

    private Base quotedName(GeneratedLetter target) {
        Petitioner petitioner = petitioner(target);
        String commune = communeWithType(target);
        if (petitioner == null || commune == null) {
            return null;
        }
        return new Base("quoted name", target, "\"" + petitioner.name() + "\" " + commune, signedBy(target, petitioner), false);
    }

    private Base topicPlace(GeneratedLetter target) {
        String topic = topicOf(target);
        String commune = communeWithType(target);
        if (topic == null || commune == null) {
            return null;
        }
        String place = communeKey(target.details());
        return new Base("topic + place", target, topicPhrases.get(topic) + " " + commune, grade(
                l -> place.equals(communeKey(l.details())) && l.details().topics().contains(topic),
                l -> place.equals(communeKey(l.details()))
                        && java.util.Objects.equals(l.details().subjectField(), target.details().subjectField())), false);
    }

    private Base kindSubject(GeneratedLetter target) {
        String topic = topicOf(target);
        LetterDetails truth = target.details();
        if (topic == null || truth.locality() == null || truth.locality().provinceName() == null || truth.kinds().isEmpty()) {
            return null;
        }
        LetterKind kind = truth.kinds().get(0);
        String province = provinceKey(truth);
        return new Base("kind + subject", target,
                KIND_WORDS.get(kind) + " " + topicPhrases.get(topic) + " " + truth.locality().provinceName(), grade(
                        l -> province.equals(provinceKey(l.details())) && l.details().topics().contains(topic)
                                && l.details().kinds().contains(kind),
                        l -> province.equals(provinceKey(l.details())) && l.details().topics().contains(topic)), false);
    }

    private Base document(GeneratedLetter target) {
        if (target.details().citedDocuments().isEmpty()) {
            return null;
        }
        String number = target.details().citedDocuments().get(0).number();
        return new Base("document number", target, number,
                inMatters(l -> l.details().citedDocuments().stream().map(CitedDocument::number).anyMatch(number::equals)), true);
    }

    private Base parcel(GeneratedLetter target) {
        if (target.details().parcels().isEmpty()) {
            return null;
        }
        LandParcel parcel = target.details().parcels().get(0);
        String[] wordings = {"thửa đất số %s tờ bản đồ số %s", "thửa %s tờ bản đồ %s", "thửa đất %s, tờ bản đồ số %s"};
        String text = wordings[Math.floorMod(target.id().hashCode(), wordings.length)].formatted(parcel.parcel(), parcel.mapSheet());
        return new Base("parcel", target, text, inMatters(l -> l.details().parcels().contains(parcel)), false);
    }

    private Base accusedPerson(GeneratedLetter target) {
        String person = target.details().accused().stream().filter(this::isPerson).findFirst().orElse(null);
        if (person == null) {
            return null;
        }
        return new Base("accused person", target, person, inMatters(l -> l.details().accused().contains(person)), false);
    }

    private Base abbreviation(GeneratedLetter target) {
        String body = target.details().accused().stream().filter(a -> a.startsWith("Ủy ban nhân dân ")).findFirst().orElse(null);
        String topic = topicOf(target);
        if (body == null || topic == null) {
            return null;
        }
        String unit = body.substring("Ủy ban nhân dân ".length());
        for (Map.Entry<String, String> type : ABBREVIATED_UNITS.entrySet()) {
            if (unit.startsWith(type.getKey())) {
                unit = type.getValue() + unit.substring(type.getKey().length());
                break;
            }
        }
        return new Base("abbreviation", target, "UBND " + unit + " " + topicPhrases.get(topic), grade(
                l -> l.details().accused().contains(body) && l.details().topics().contains(topic),
                l -> l.details().accused().contains(body)), true);
    }

    /** Grade 2 where {@code relevant}, 1 where only {@code partly}. */
    private Map<String, Integer> grade(Predicate<GeneratedLetter> relevant, Predicate<GeneratedLetter> partly) {
        Map<String, Integer> grades = new HashMap<>();
        for (GeneratedLetter letter : letters) {
            if (relevant.test(letter)) {
                grades.put(letter.id(), 2);
            } else if (partly.test(letter)) {
                grades.put(letter.id(), 1);
            }
        }
        return grades;
    }

    /** Grade 2 where {@code relevant}, 1 for the other letters of the same matters. */
    private Map<String, Integer> inMatters(Predicate<GeneratedLetter> relevant) {
        Map<String, Integer> grades = new HashMap<>();
        for (GeneratedLetter letter : letters) {
            if (relevant.test(letter)) {
                byMatter.get(letter.matterId()).forEach(l -> grades.putIfAbsent(l.id(), 1));
                grades.put(letter.id(), 2);
            }
        }
        return grades;
    }

    private Map<String, Integer> signedBy(GeneratedLetter target, Petitioner petitioner) {
        String place = communeKey(target.details());
        return grade(l -> l.matterId().equals(target.matterId()) || place.equals(communeKey(l.details()))
                && l.details().petitioners().stream().anyMatch(p -> p.name().equals(petitioner.name())), l -> false);
    }

    private static Petitioner petitioner(GeneratedLetter letter) {
        return letter.details().anonymous() || letter.details().petitioners().isEmpty() ? null : letter.details().petitioners().get(0);
    }

    /** The first topic of the letter that inspectors have words for and that the letter itself words so. */
    private String topicOf(GeneratedLetter letter) {
        return letter.details().topics().stream()
                .filter(t -> topicPhrases.containsKey(t) && contains(letter.text(), topicPhrases.get(t)))
                .findFirst().orElse(null);
    }

    /** "xã Tân Đức", as the letter writes the unit of its commune. */
    private static String communeWithType(GeneratedLetter letter) {
        Locality place = letter.details().locality();
        if (place == null || place.communeName() == null) {
            return null;
        }
        Matcher m = Pattern.compile(UNIT_TYPES.pattern() + Pattern.quote(place.communeName()) + "\\b").matcher(letter.text());
        return m.find() ? m.group() : null;
    }

    private boolean isPerson(String name) {
        String[] words = name.split(" ");
        return words.length >= 2 && words.length <= 4 && surnames.contains(words[0]);
    }

    private static String communeKey(LetterDetails details) {
        Locality l = details.locality();
        return l == null || l.communeName() == null ? "-" : l.communeName().toLowerCase(Locale.ROOT);
    }

    private static String provinceKey(LetterDetails details) {
        Locality l = details.locality();
        return l == null || l.provinceName() == null ? "-" : l.codeList() + "|" + l.provinceName();
    }

    private static boolean contains(String text, String phrase) {
        return VietnameseFolder.fold(text).toLowerCase(Locale.ROOT).contains(VietnameseFolder.fold(phrase).toLowerCase(Locale.ROOT));
    }
}
