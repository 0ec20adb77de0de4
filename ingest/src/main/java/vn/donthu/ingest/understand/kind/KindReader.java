package vn.donthu.ingest.understand.kind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.letter.LetterKind;

/**
 * The kinds of a letter. A title that names them ("ĐƠN KHIẾU NẠI", "ĐƠN KHIẾU NẠI VÀ TỐ CÁO")
 * decides; a vague title ("ĐƠN ĐỀ NGHỊ", "ĐƠN KÊU CỨU", "ĐƠN TRÌNH BÀY") or none leaves it to the
 * content, where the sender's own verb ("tôi tố cáo ông ...", "người khiếu nại") weighs more than a
 * mention ("đã khiếu nại nhiều lần").
 */
public final class KindReader {

    /** The title: "đơn" (or "thư", "giấy") and what follows on its line, within the first lines. */
    private static final Pattern TITLE = Pattern.compile("(?m)^[\\s*\\-]*(?:don|thu|giay|d0n)\\s+(?:thu\\s+)?([^\\n]{3,80})$");
    private static final int TITLE_WITHIN = 1500;
    private static final Map<LetterKind, Pattern> NAMES = new EnumMap<>(Map.of(
            LetterKind.KHIEU_NAI, Pattern.compile("khieu\\s?n[ai]i\\b"),
            LetterKind.TO_CAO, Pattern.compile("to\\s?cao\\b"),
            LetterKind.KIEN_NGHI, Pattern.compile("kien\\s?nghi\\b"),
            LetterKind.PHAN_ANH, Pattern.compile("phan\\s?anh\\b")));
    /** The sender speaking in the kind's verb, or signing as its actor. */
    private static final Pattern OWN_VERB = Pattern.compile(
            "(?:toi|chung toi|gia dinh toi|(?:^|\\n)\\s*nguoi|nay|lam don|don nay|de nghi|xin|kinh|khan cap)\\s+(?:xin\\s+|lam don\\s+|kinh\\s+|viet don\\s+|gui don\\s+)?$");
    private static final int OWN_WEIGHT = 3;
    /** "Tôi cũng kiến nghị", "Đồng thời, tôi tố cáo", "Ngoài ra, chúng tôi xin phản ánh": a second content ("cũng đã khiếu nại" is the past). */
    private static final Pattern ALSO = Pattern.compile("\\b(?:cung|dong thoi|ngoai ra)[,\\s]+(?:(?:toi|chung toi|gia dinh toi)\\s+)?(?:xin\\s+)?(?:duoc\\s+)?$");
    /** "Phản ánh, kiến nghị" written as a pair is the name of one statistics category, not two contents. */
    private static final Pattern CONVENTIONAL_PAIR = Pattern.compile("^(?:phan anh|kien nghi)\\s*[,/-]\\s*(?:kien nghi|phan anh)\\b");

    private KindReader() {
    }

    public static List<Found<LetterKind>> read(FoldedText text) {
        Found<String> title = title(text);
        List<Found<LetterKind>> kinds = title == null ? List.of() : named(text, title);
        if (kinds.isEmpty()) {
            kinds = fromContent(text, title);
        }
        return withSecondContents(text, kinds, title == null ? 0 : title.end());
    }

    /** Kinds the sender adds in the body ("tôi cũng kiến nghị ...") after the main one. */
    private static List<Found<LetterKind>> withSecondContents(FoldedText text, List<Found<LetterKind>> kinds, int from) {
        List<Found<LetterKind>> all = new ArrayList<>(kinds);
        String folded = text.folded();
        for (Map.Entry<LetterKind, Pattern> name : NAMES.entrySet()) {
            if (all.stream().anyMatch(k -> k.value() == name.getKey())) {
                continue;
            }
            Matcher m = name.getValue().matcher(folded);
            m.region(from, folded.length());
            while (m.find()) {
                if (ALSO.matcher(folded.substring(Math.max(0, m.start() - 35), m.start())).find()) {
                    all.add(new Found<>(name.getKey(), m.start(), m.end()));
                    break;
                }
            }
        }
        return all;
    }

    private static Found<String> title(FoldedText text) {
        String head = text.folded().substring(0, Math.min(TITLE_WITHIN, text.folded().length()));
        Matcher title = TITLE.matcher(head);
        while (title.find()) {
            String rest = title.group(1);
            // "Đơn vị", "đơn giá" and a sentence that begins with "Đơn" are not titles.
            if (!rest.startsWith("vi ") && !rest.startsWith("gia ") && rest.split("\\s+").length <= 12) {
                return new Found<>(rest, title.start(), title.end());
            }
        }
        return null;
    }

    private static List<Found<LetterKind>> named(FoldedText text, Found<String> title) {
        List<Found<LetterKind>> kinds = new ArrayList<>();
        String line = text.folded().substring(title.start(), title.end());
        for (Map.Entry<LetterKind, Pattern> name : NAMES.entrySet()) {
            Matcher m = name.getValue().matcher(line);
            if (m.find() && (m.start() == 0 || !Character.isLetter(line.charAt(m.start() - 1)))) {
                kinds.add(new Found<>(name.getKey(), title.start() + m.start(), title.start() + m.end()));
            }
        }
        kinds.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (kinds.size() == 2 && CONVENTIONAL_PAIR.matcher(line.substring(kinds.get(0).start() - title.start())).find()) {
            return List.of(kinds.get(0));
        }
        return kinds;
    }

    private static List<Found<LetterKind>> fromContent(FoldedText text, Found<String> title) {
        String folded = text.folded();
        Map<LetterKind, Integer> weights = new EnumMap<>(LetterKind.class);
        Map<LetterKind, Found<LetterKind>> evidence = new EnumMap<>(LetterKind.class);
        Map<LetterKind, Found<LetterKind>> ownEvidence = new EnumMap<>(LetterKind.class);
        int from = title == null ? 0 : title.end();
        for (Map.Entry<LetterKind, Pattern> name : NAMES.entrySet()) {
            Matcher m = name.getValue().matcher(folded);
            m.region(from, folded.length());
            while (m.find()) {
                if (m.start() > 0 && Character.isLetter(folded.charAt(m.start() - 1))) {
                    continue;
                }
                boolean own = OWN_VERB.matcher(folded.substring(Math.max(0, m.start() - 25), m.start())).find();
                weights.merge(name.getKey(), own ? OWN_WEIGHT : 1, Integer::sum);
                Found<LetterKind> found = new Found<>(name.getKey(), m.start(), m.end());
                // The first time the sender speaks in the kind's verb is the best evidence; else its first mention.
                (own ? ownEvidence : evidence).putIfAbsent(name.getKey(), found);
            }
        }
        if (weights.isEmpty()) {
            // "Đơn đề nghị" that never names a kind asks for something: a proposal.
            return title == null ? List.of() : List.of(new Found<>(LetterKind.KIEN_NGHI, title.start(), title.end()));
        }
        evidence.putAll(ownEvidence);
        // The main kind is the one the content weighs most; on a tie, the one said first.
        Found<LetterKind> main = null;
        for (Map.Entry<LetterKind, Integer> weight : weights.entrySet()) {
            Found<LetterKind> candidate = evidence.get(weight.getKey());
            if (main == null || weight.getValue() > weights.get(main.value())
                    || weight.getValue().equals(weights.get(main.value())) && candidate.start() < main.start()) {
                main = candidate;
            }
        }
        return List.of(main);
    }
}
