package vn.donthu.ingest.understand.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterDetails.TextSpan;
import vn.donthu.locality.AddressFinder;
import vn.donthu.locality.AddressFinder.AddressPhrase;

/**
 * The people who send a letter: the sender introduced by "Tôi tên là", "Họ và tên:", "Người khiếu
 * nại:"; the rows of a signer list ("STT Họ và tên Năm sinh Địa chỉ Ký tên", or "Chúng tôi gồm:
 * 1. ..., 2. ..."); the names under the signature. One person written twice (header and signature,
 * or an OCR slip apart) counts once.
 */
public final class PetitionerReader {

    /** A label after which the sender's name is written. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:toi ten la|ten toi la|toi la|ho va ten|ho ten|nguoi (?:khieu nai|to cao|kien nghi|phan anh|de nghi|lam don|viet don|dung don|dai dien)"
                    + "|dai dien (?:cac ho|nhom|cho)[^:\\n]{0,30}|chung toi gom(?: co)?|chung toi la)\\s*(?:\\(?ong/ba\\)?)?\\s*:?[ \\t]*");
    private static final Set<String> LABEL_WORDS = Set.of("toi", "ten", "ho", "nguoi", "dai", "chung");
    /** A signer table's header: "STT | Họ và tên | Năm sinh | Địa chỉ | Ký tên". */
    private static final Pattern TABLE_HEADER = Pattern.compile(
            "ho (?:va )?ten\\b[^\\n]*\\b(?:nam sinh|ky ten|dia chi|chu ky|ky)\\b");
    /** "Chúng tôi gồm có:", "danh sách người ký đơn": numbered names follow. */
    private static final Pattern LIST_OPENING = Pattern.compile(
            "(?:chung toi gom|chung toi la|chung toi (?:gom )?nhung nguoi|danh sach (?:cac |nguoi |ho )|cac ho (?:dan )?gom|ky ten duoi day)");
    /** A numbered row: "1.", "2)", "3 |", "| 4 |". */
    private static final Pattern ROW = Pattern.compile("^[\\s|]*(\\d{1,3})\\s*[.):|]?\\s*[|]?\\s*");
    /** The start of a row whose number OCR lost or misread as a letter: a speck or "l." before a capitalised name. */
    private static final Pattern LOST_NUMBER = Pattern.compile("^[^\\p{L}\\p{N}\\n]{0,4}(?:[lI|][.)])?[^\\p{L}\\p{N}\\n]{0,3}(?=\\p{Lu})");
    private static final Pattern SIGNER_ROW = Pattern.compile("\\b(?:sinh|sn|ky|(?:19|20)\\d\\d)\\b");
    /** Where the signature block opens: the sender's title, or the "(Ký, ghi rõ họ tên)" line. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?m)^[\\s(]*(?:nguoi (?:khieu nai|to cao|kien nghi|phan anh|de nghi|lam don|viet don|dung don)|dai dien(?: cac ho| nhom)?[^\\n]{0,20}|\\(?ky,? (?:va )?ghi ro ho ten\\)?|\\(?ky ten\\)?|chu ky)[^\\n]{0,30}$");
    private static final Pattern BIRTH_YEAR = Pattern.compile(
            "(?:sinh nam|nam sinh|\\bsn|sinh ngay \\d{1,2}[/.-]\\d{1,2}[/.-]|sinh)\\s*:?\\s*((?:19|20)\\d{2})\\b|(?<![\\d/.-])((?:19[2-9]|200)\\d)(?![\\d/.-])");
    /** The address cell of a row: letters up to the next cell, a "(ký)" or "đã ký". */
    private static final Pattern ROW_ADDRESS = Pattern.compile(
            "^[\\s,|;:-]*(?:(?:sinh năm|năm sinh|sinh năm|SN|sinh)?\\s*:?\\s*(?:19|20)\\d\\d[\\s,|;:-]*)?([^|(\\n]*?)\\s*(?:\\||\\(|đã ký|Đã ký|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SIGNATURE_LINES = 12;
    private static final int ROW_GAP_LINES = 2;
    /** How far after a sender's name the address and birth year may still be theirs. */
    private static final int SENDER_DETAILS_CHARS = 250;

    private PetitionerReader() {
    }

    public record People(List<Found<Petitioner>> petitioners, List<TextSpan> personalData) {
    }

    /** @param addresses the addresses written in the letter ({@link AddressFinder}), first one first */
    public static People read(FoldedText text, List<AddressPhrase> addresses) {
        Collector found = new Collector();
        labelled(text, addresses, found);
        tables(text, found);
        signature(text, found);
        return new People(List.copyOf(found.people), List.copyOf(found.spans));
    }

    private static void labelled(FoldedText text, List<AddressPhrase> addresses, Collector found) {
        Scan.fromWords(text, LABEL_WORDS, LABEL, label -> {
            Found<String> name = PersonNames.at(text, label.end());
            if (name != null) {
                int detailsEnd = Math.min(text.text().length(), name.end() + SENDER_DETAILS_CHARS);
                found.add(name, birthYear(text, name.end(), text.lineEnd(name.end())), address(addresses, name.end(), detailsEnd));
            }
        });
    }

    private static void tables(FoldedText text, Collector found) {
        List<Integer> openings = new ArrayList<>();
        Scan.fromWords(text, Set.of("ho"), TABLE_HEADER, header -> openings.add(text.lineEnd(header.end())));
        Scan.fromWords(text, Set.of("chung", "danh", "cac", "ky"), LIST_OPENING, list -> openings.add(text.lineEnd(list.end())));
        for (int opening : openings) {
            rows(text, opening, found);
        }
    }

    /** Numbered rows after {@code from}, each a person, until the rows stop. */
    private static void rows(FoldedText text, int from, Collector found) {
        int at = Math.min(from + 1, text.text().length());
        int gap = 0;
        int expected = 1;
        while (at < text.text().length() && gap <= ROW_GAP_LINES) {
            int end = text.lineEnd(at);
            String line = text.text().substring(at, end);
            Matcher row = ROW.matcher(line);
            Found<String> name = null;
            int number = expected;
            if (row.find()) {
                number = Integer.parseInt(row.group(1));
                // A number out of order is a misread one ("8" read as "3") only on a signer's row.
                if (number >= expected || signerRow(text, at, end)) {
                    name = PersonNames.at(text, at + row.end(), false);
                }
            } else if (signerRow(text, at, end)) {
                // OCR lost the row's number (". Tô Văn Thuận, sinh năm 1978 - (ký)") or read it as a letter ("l.").
                Matcher lost = LOST_NUMBER.matcher(line);
                if (lost.lookingAt()) {
                    // Without its number the row must show a known family name.
                    name = PersonNames.at(text, at + lost.end(), true);
                }
            }
            if (name != null) {
                found.add(name, birthYear(text, name.end(), end), rowAddress(text, name.end(), end));
                found.spans.add(new TextSpan("signer_row", at, end));
                expected = Math.max(expected, number) + 1;
                gap = 0;
            } else if (!line.isBlank()) {
                gap++;
            }
            at = end + 1;
        }
    }

    /** A row of a signer list: a birth year or a signature mark ("(ký)", "đã ký") follows the name. */
    private static boolean signerRow(FoldedText text, int start, int end) {
        return SIGNER_ROW.matcher(text.folded()).region(start, end).find();
    }

    /** Names under the sender's title at the foot of the letter. */
    private static void signature(FoldedText text, Collector found) {
        Matcher signature = SIGNATURE.matcher(text.folded());
        int last = -1;
        while (signature.find()) {
            last = signature.start();
        }
        if (last < 0 || last < text.text().length() / 3) {
            return;
        }
        int at = text.lineEnd(last) + 1;
        int blockEnd = at;
        for (int line = 0; line < SIGNATURE_LINES && at < text.text().length(); line++) {
            int end = text.lineEnd(at);
            Found<String> name = nameOnLine(text, at, end);
            if (name != null) {
                found.add(name, null, null);
                blockEnd = end;
            }
            at = end + 1;
        }
        found.spans.add(new TextSpan("signature", last, Math.max(blockEnd, text.lineEnd(last))));
    }

    /** A signature line holds a name and little else ("(đã ký)", a number). */
    private static Found<String> nameOnLine(FoldedText text, int start, int end) {
        int at = start;
        while (at < end && !Character.isLetter(text.text().charAt(at))) {
            at++;
        }
        Found<String> name = PersonNames.at(text, at);
        if (name == null) {
            return null;
        }
        String rest = text.folded().substring(name.end(), end).strip();
        return rest.length() <= 20 ? name : null;
    }

    private static Found<Integer> birthYear(FoldedText text, int from, int to) {
        Matcher year = BIRTH_YEAR.matcher(text.folded());
        year.region(from, Math.min(to, text.folded().length()));
        if (!year.find()) {
            return null;
        }
        int group = year.group(1) != null ? 1 : 2;
        return new Found<>(Integer.parseInt(year.group(group)), year.start(group), year.end(group));
    }

    /** The first address written in the sender's details ("Địa chỉ: ...", "trú tại ..."), or null. */
    private static Found<String> address(List<AddressPhrase> addresses, int from, int to) {
        for (AddressPhrase address : addresses) {
            if (address.start() >= from && address.start() < to) {
                return new Found<>(address.text(), address.start(), address.end());
            }
        }
        return null;
    }

    /** In a row, what follows the name and the birth year, up to the signature cell ("(đã ký)"). */
    private static Found<String> rowAddress(FoldedText text, int from, int to) {
        Matcher address = ROW_ADDRESS.matcher(text.text());
        address.region(from, to);
        if (!address.find() || address.group(1).strip().length() < 3) {
            return null;
        }
        return new Found<>(address.group(1).strip(), address.start(1), address.end(1));
    }

    /** The people found so far, one entry per person, and the spans that identify them. */
    private static final class Collector {
        private final List<Found<Petitioner>> people = new ArrayList<>();
        private final List<TextSpan> spans = new ArrayList<>();

        void add(Found<String> name, Found<Integer> year, Found<String> address) {
            spans.add(new TextSpan("name", name.start(), name.end()));
            if (year != null) {
                spans.add(new TextSpan("birth_year", year.start(), year.end()));
            }
            if (address != null) {
                spans.add(new TextSpan("address", address.start(), address.end()));
            }
            for (int i = 0; i < people.size(); i++) {
                Found<Petitioner> known = people.get(i);
                if (PersonNames.samePerson(known.value().name(), name.value())) {
                    Petitioner p = known.value();
                    people.set(i, new Found<>(new Petitioner(p.name(),
                            p.birthYear() != null ? p.birthYear() : year == null ? null : year.value(),
                            p.address() != null ? p.address() : address == null ? null : address.value()),
                            known.start(), known.end()));
                    return;
                }
            }
            people.add(new Found<>(new Petitioner(name.value(), year == null ? null : year.value(),
                    address == null ? null : address.value()), name.start(), name.end()));
        }
    }
}
