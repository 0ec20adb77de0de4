package vn.donthu.ingest.understand.recipient;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;
import vn.donthu.letter.RecipientLevel;

/**
 * The level of the body or official whose act a letter is about, which decides the competent level:
 * the accused's office ("Phó Chủ tịch UBND xã ..."), else the lowest state body the letter says acted
 * ("Ủy ban nhân dân xã Bích Hòa kết luận ...", "chính quyền xã đã lập biên bản", "cán bộ địa chính
 * xã"). Bodies the sender wrote to before ("tôi đã làm đơn gửi Chủ tịch UBND huyện ...") and the
 * "Kính gửi" block do not count: they are where the letter went, not what it is about.
 */
final class MatterLevel {

    private static final Set<String> BODY_WORDS = Set.of("ubnd", "uy", "chinh", "can", "cong", "chu", "pho", "so");
    private static final Pattern BODY = Pattern.compile(
            "(?:ubnd|uy ban nhan dan|chinh quyen|can bo(?: dia chinh| tu phap)?|cong chuc(?: dia chinh)?|(?:pho )?chu tich(?: ubnd| uy ban nhan dan)?"
                    + "|so [^.;,\\n]{3,50}?)\\s+"
                    + "(?:xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho)\\b[^.;\\n]{0,40}");
    /** A sentence about an earlier letter: the body named in it received, it did not act. */
    private static final Pattern SENT_BEFORE = Pattern.compile("\\b(?:gui|kinh gui|chuyen den|chuyen)\\b");

    private MatterLevel() {
    }

    static RecipientLevel of(FoldedText text, List<Found<String>> accused) {
        for (Found<String> target : accused) {
            RecipientLevel level = Bodies.level(text.folded().substring(target.start(), target.end()));
            if (level != null) {
                return level;
            }
        }
        RecipientLevel[] lowest = {null};
        int bodyStart = bodyStart(text);
        Scan.fromWords(text, BODY_WORDS, BODY, body -> {
            boolean department = text.folded().startsWith("so ", body.start());
            if (body.start() < bodyStart || department && text.text().charAt(body.start()) != 'S'
                    || SENT_BEFORE.matcher(sentenceBefore(text, body.start())).find()) {
                return;
            }
            RecipientLevel level = Bodies.level(body.group());
            if (level != null && (lowest[0] == null || level.ordinal() < lowest[0].ordinal())) {
                lowest[0] = level;
            }
        });
        return lowest[0];
    }

    /** After the "Kính gửi" line: what comes before is header. */
    private static int bodyStart(FoldedText text) {
        int addressee = text.folded().indexOf("kinh gui");
        return addressee < 0 ? 0 : text.lineEnd(addressee);
    }

    private static String sentenceBefore(FoldedText text, int offset) {
        int from = Math.max(text.lineStart(offset), text.folded().lastIndexOf(". ", offset) + 1);
        return text.folded().substring(Math.max(0, from), offset);
    }
}
