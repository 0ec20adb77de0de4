package vn.donthu.ingest.understand.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;

/**
 * The person or body a letter denounces or complains about: "tố cáo ông Nguyễn Văn X, Chủ tịch UBND
 * xã Hòa Tiến", "tố cáo Công ty TNHH ...", "khiếu nại Quyết định số ... của Ủy ban nhân dân huyện
 * Phú Bình". The span runs to the end of the clause.
 */
public final class AccusedReader {

    private static final Pattern TARGET = Pattern.compile(
            "to cao\\s+(?:[^.\\n]{0,80}?\\bcua\\s+)?(?=(?:ong|ba|anh|chi|cong ty|doanh nghiep|ubnd|uy ban|chu tich|pho chu tich|can bo|cong chuc|truong|giam doc|cong an|ban|phong|so|chi cuc|hop tac xa|tram)\\b)");
    private static final Pattern ISSUER = Pattern.compile(
            "khieu nai\\s+(?:(?:quyet dinh|thong bao|van ban|cong van)\\b[^\\n.]{0,60}?)\\bcua\\s+");
    /** Where the clause naming the target ends. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[.;:\\n(]|,\\s*cu the|\\s(?:vi|ve|da|do|co hanh vi|trong viec|trong qua trinh|lien quan|gay|nhu sau|voi cac|tu nam|ngay)\\s");
    private static final int MAX_CHARS = 120;

    private AccusedReader() {
    }

    public static List<Found<String>> read(FoldedText text) {
        List<Found<String>> accused = new ArrayList<>();
        Scan.fromWords(text, Set.of("to"), TARGET, target -> collect(text, target.end(), accused));
        Scan.fromWords(text, Set.of("khieu"), ISSUER, issuer -> collect(text, issuer.end(), accused));
        return accused;
    }

    private static void collect(FoldedText text, int start, List<Found<String>> accused) {
        String folded = text.folded();
        int limit = Math.min(folded.length(), start + MAX_CHARS);
        Matcher end = CLAUSE_END.matcher(folded);
        end.region(start, limit);
        int stop = limit;
        while (end.find()) {
            // "Đỗ", "Đà" in a name fold to the words that end a clause ("đã", "do"): a capital is a name.
            int word = end.start() + 1;
            if (end.group().charAt(0) != ' ' || !Character.isUpperCase(text.text().charAt(word))) {
                stop = end.start();
                break;
            }
        }
        String target = text.slice(start, stop).strip().replaceAll("[,\\s]+$", "");
        // A title ("ĐƠN TỐ CÁO CÁN BỘ") names no one.
        boolean title = target.equals(target.toUpperCase(java.util.Locale.ROOT));
        if (target.length() >= 3 && !title && accused.stream().noneMatch(a -> a.value().equalsIgnoreCase(target))) {
            accused.add(new Found<>(target, start, start + target.length()));
        }
    }
}
