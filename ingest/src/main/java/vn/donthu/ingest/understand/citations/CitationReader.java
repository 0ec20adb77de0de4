package vn.donthu.ingest.understand.citations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;
import vn.donthu.ingest.understand.Scan;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;

/**
 * What a letter cites: decisions, notices and judgments by number and date ("Quyết định số
 * 1234/QĐ-UBND ngày 12/3/2021", "Thông báo 56/TB-UBND"), and land parcels ("thửa đất số 215, tờ bản
 * đồ số 12").
 */
public final class CitationReader {

    /** A document number: "1234/QĐ-UBND", "05/2021/TT-TTCP", "87/TB-UBND", "12/2020/DS-PT". */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w/])(\\d{1,6}(?:/\\d{4})?/[a-z\\u0111]{1,8}(?:[-.][a-z\\u0111]{1,10}){0,3})(?![\\w/])");
    /** What may stand between a number and its date: "1234/QĐ-UBND ngày 12/3/2021", "..., ban hành ngày ...". */
    private static final Pattern TO_DATE = Pattern.compile("[\\s,]*(?:\\(?(?:ban hanh|ky)\\s+)?(?:ngay\\s*)?:?\\s*");
    private static final Pattern PARCEL = Pattern.compile(
            "thua(?: dat)?\\s*(?:so)?\\s*:?\\s*(\\d{1,5}[a-z]?)\\s*[,;]?\\s*(?:thuoc\\s*)?(?:(?:to )?ban do(?: dia chinh)?\\s*(?:so)?\\s*:?\\s*(\\d{1,4}[a-z]?))?");
    private static final Pattern MAP_SHEET_FIRST = Pattern.compile(
            "to ban do(?: dia chinh)?\\s*(?:so)?\\s*:?\\s*(\\d{1,4}[a-z]?)\\s*[,;]?\\s*thua(?: dat)?\\s*(?:so)?\\s*:?\\s*(\\d{1,5}[a-z]?)");

    private CitationReader() {
    }

    public static List<Found<CitedDocument>> documents(FoldedText text, List<Found<LocalDate>> dates) {
        List<Found<CitedDocument>> documents = new ArrayList<>();
        Scan.fromNumbers(text.folded(), NUMBER, number -> {
            int start = number.start(1);
            int end = number.end(1);
            // The number keeps its written form ("QĐ", not the folded "qd").
            String written = text.slice(start, end);
            LocalDate date = null;
            int dateEnd = end;
            for (Found<LocalDate> d : dates) {
                if (d.start() >= end && d.start() - end < 40 && TO_DATE.matcher(text.folded().substring(end, d.start())).matches()) {
                    date = d.value();
                    dateEnd = d.end();
                    break;
                }
            }
            if (documents.stream().noneMatch(known -> known.value().number().equalsIgnoreCase(written) && known.value().date() != null)) {
                documents.removeIf(known -> known.value().number().equalsIgnoreCase(written));
                documents.add(new Found<>(new CitedDocument(written, date), start, dateEnd));
            }
        });
        return documents;
    }

    public static List<Found<LandParcel>> parcels(FoldedText text) {
        List<Found<LandParcel>> parcels = new ArrayList<>();
        Matcher sheetFirst = MAP_SHEET_FIRST.matcher(text.folded());
        while (sheetFirst.find()) {
            add(parcels, new LandParcel(sheetFirst.group(2), sheetFirst.group(1)), sheetFirst.start(), sheetFirst.end());
        }
        Matcher parcel = PARCEL.matcher(text.folded());
        while (parcel.find()) {
            int start = parcel.start();
            if (parcels.stream().noneMatch(p -> p.start() <= start && start < p.end())) {
                add(parcels, new LandParcel(parcel.group(1), parcel.group(2)), parcel.start(), parcel.end());
            }
        }
        return parcels;
    }

    private static void add(List<Found<LandParcel>> parcels, LandParcel parcel, int start, int end) {
        if (parcels.stream().noneMatch(p -> p.value().equals(parcel)
                || p.value().parcel().equals(parcel.parcel()) && parcel.mapSheet() == null)) {
            parcels.add(new Found<>(parcel, start, end));
        }
    }
}
