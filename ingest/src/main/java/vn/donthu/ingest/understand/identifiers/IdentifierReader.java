package vn.donthu.ingest.understand.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;
import vn.donthu.letter.LetterDetails.PersonalIdentifier;

/**
 * Numbers that identify a person, recognised so that they can be masked: CCCD (12 digits), CMND
 * (9 digits, or 12 for the later cards), phone numbers ("0968 215 437", "+84 968 215 437",
 * "0968.215.437") and email addresses.
 */
public final class IdentifierReader {

    /** Kinds, as stored in {@link PersonalIdentifier#kind()}. */
    public static final String CCCD = "cccd";
    public static final String CMND = "cmnd";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";

    private static final Pattern CARD = Pattern.compile(
            "(?<![\\d/.-])(\\d{3}[ .]?\\d{3}[ .]?\\d{3}(?:[ .]?\\d{3})?)(?![\\d/-])");
    /** A card's label shortly before it decides between CCCD and CMND. */
    private static final Pattern CARD_LABEL = Pattern.compile("(cccd|can cuoc|cmnd|chung minh|cmtnd|dinh danh)[^\\n]{0,40}$");
    private static final java.util.Set<String> OLD_CARD_LABELS = java.util.Set.of("cmnd", "chung minh", "cmtnd");
    /** 10 digits (11 for an old landline), grouped by spaces or dots in any way: 0968 215 437, 0968.215.437. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\d/.-])(?:\\+84[ .]?|0)\\d(?:[ .]?\\d){8,9}(?![\\d/-])");
    private static final Pattern PHONE_DIGITS = Pattern.compile("0[35789]\\d{8}|02\\d{9}");
    private static final Pattern PHONE_LABEL = Pattern.compile("(dien thoai|\\bdt\\b|\\bd\\.t|\\bsdt\\b|\\bsđt|lien he|\\bdd\\b|di dong|tel|zalo)[^\\n]{0,20}$");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private IdentifierReader() {
    }

    public static List<Found<PersonalIdentifier>> read(FoldedText text) {
        List<Found<PersonalIdentifier>> found = new ArrayList<>();
        String folded = text.folded();
        Scan.fromNumbers(folded, PHONE_NUMBER, phone -> {
            String digits = digits(phone.group()).replaceFirst("^84", "0");
            if (PHONE_DIGITS.matcher(digits).matches()) {
                found.add(new Found<>(new PersonalIdentifier(PHONE, digits), phone.start(), phone.end()));
            }
        });
        Scan.fromNumbers(folded, CARD, card -> {
            if (!overlaps(found, card.start(), card.end())) {
                card(text, card, found);
            }
        });
        if (text.text().indexOf('@') >= 0) {
            Matcher email = EMAIL_ADDRESS.matcher(text.text());
            while (email.find()) {
                found.add(new Found<>(new PersonalIdentifier(EMAIL, email.group()), email.start(), email.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** A 12-digit number is a CCCD unless labelled CMND; a 9-digit one is a CMND only when labelled. */
    private static void card(FoldedText text, Matcher card, List<Found<PersonalIdentifier>> found) {
        String folded = text.folded();
        String digits = digits(card.group(1));
        String before = folded.substring(Math.max(text.lineStart(card.start()), card.start() - 60), card.start());
        Matcher label = CARD_LABEL.matcher(before);
        boolean labelled = label.find();
        if (PHONE_LABEL.matcher(before).find() && !labelled) {
            return;
        }
        if (digits.length() == 12 && (labelled || digits.startsWith("0"))) {
            found.add(new Found<>(new PersonalIdentifier(labelled && OLD_CARD_LABELS.contains(label.group(1))
                    ? CMND : CCCD, digits), card.start(), card.end()));
        } else if (digits.length() == 9 && labelled) {
            found.add(new Found<>(new PersonalIdentifier(CMND, digits), card.start(), card.end()));
        }
    }

    private static boolean overlaps(List<Found<PersonalIdentifier>> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
