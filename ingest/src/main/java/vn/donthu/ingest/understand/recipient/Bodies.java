package vn.donthu.ingest.understand.recipient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.donthu.letter.RecipientLevel;

/**
 * The level and branch of a state or Party body from its name as letters write it ("Chủ tịch UBND
 * huyện Phú Bình, tỉnh Thái Nguyên", "Đoàn ĐBQH tỉnh", "Thanh tra Chính phủ", "Tỉnh ủy"), folded.
 * The level is that of the first administrative unit named, since what follows it locates it.
 */
public final class Bodies {

    /** Branch codes, as stored in {@link vn.donthu.letter.LetterDetails.Recipient#branch()}. */
    public static final String PARTY = "dang";
    public static final String GOVERNMENT = "chinh_quyen";
    public static final String NATIONAL_ASSEMBLY = "quoc_hoi";
    public static final String PEOPLE_COUNCIL = "hdnd";
    public static final String INSPECTORATE = "thanh_tra";
    public static final String COURT = "toa_an";
    public static final String PROCURACY = "vien_kiem_sat";
    public static final String POLICE = "cong_an";

    private static final Pattern CENTRAL = Pattern.compile(
            "\\b(?:trung uong|tw|chinh phu|thu tuong|chu tich nuoc|tong bi thu|bo chinh tri|ban bi thu|toi cao|bo truong"
                    + "|(?<!can )bo (?:tai nguyen|cong an|quoc phong|tu phap|xay dung|lao dong|noi vu|tai chinh|y te|giao duc|nong nghiep|cong thuong|giao thong)"
                    + "|van phong chu tich nuoc|uy ban thuong vu quoc hoi|ban dan nguyen|chu tich quoc hoi)\\b");
    private static final Pattern PROVINCIAL_DELEGATION = Pattern.compile("\\b(?:doan (?:dai bieu quoc hoi|dbqh)|dbqh|dai bieu quoc hoi)\\b");
    private static final Pattern UNIT = Pattern.compile(
            "(?<!co )\\b(thi xa|thi tran|thanh pho|dac khu|xa(?! hoi\\b)|phuong(?! an\\b| thuc\\b| huong\\b| tien\\b)|huyen|tinh uy|huyen uy|quan uy|thi uy|thanh uy"
                    + "|quan(?! ly\\b| tam\\b| he\\b| diem\\b| doi\\b| su\\b| ao\\b| chung\\b| nhan\\b)|tinh(?! than\\b| trang\\b| hinh\\b| toan\\b| chat\\b| cam\\b)|tp\\b\\.?|[xhqt]\\.)(?![a-z])\\s*([a-z0-9]*(?:\\s[a-z0-9]+){0,2})");
    /** The cities run by the centre: "thành phố" before them is a province, before any other a district. */
    private static final Set<String> CENTRAL_CITIES = Set.of("ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue", "hcm");
    private static final Map<String, RecipientLevel> UNIT_LEVELS = Map.ofEntries(
            Map.entry("xa", RecipientLevel.XA), Map.entry("phuong", RecipientLevel.XA), Map.entry("thi tran", RecipientLevel.XA),
            Map.entry("dac khu", RecipientLevel.XA), Map.entry("x", RecipientLevel.XA),
            Map.entry("huyen", RecipientLevel.HUYEN), Map.entry("quan", RecipientLevel.HUYEN), Map.entry("thi xa", RecipientLevel.HUYEN),
            Map.entry("huyen uy", RecipientLevel.HUYEN), Map.entry("quan uy", RecipientLevel.HUYEN), Map.entry("thi uy", RecipientLevel.HUYEN),
            Map.entry("h", RecipientLevel.HUYEN), Map.entry("q", RecipientLevel.HUYEN),
            Map.entry("tinh", RecipientLevel.TINH), Map.entry("tinh uy", RecipientLevel.TINH), Map.entry("t", RecipientLevel.TINH));
    /** Markers of each branch; the earliest in the name decides ("Ban Nội chính Tỉnh ủy" is the Party's). */
    private static final List<Map.Entry<String, Pattern>> BRANCHES = List.of(
            Map.entry(COURT, Pattern.compile("\\b(?:toa an|tand|chanh an)\\b")),
            Map.entry(PROCURACY, Pattern.compile("\\b(?:vien kiem sat|vksnd|vien truong)\\b")),
            Map.entry(POLICE, Pattern.compile("\\bcong an\\b")),
            Map.entry(INSPECTORATE, Pattern.compile("\\bthanh tra\\b")),
            Map.entry(NATIONAL_ASSEMBLY, Pattern.compile("\\b(?:quoc hoi|dbqh)\\b")),
            Map.entry(PEOPLE_COUNCIL, Pattern.compile("\\b(?:hoi dong nhan dan|hdnd)\\b")),
            Map.entry(PARTY, Pattern.compile("\\b(?:dang uy|tinh uy|huyen uy|thanh uy|quan uy|thi uy|dang bo|bi thu|ban thuong vu|uy ban kiem tra"
                    + "|ban noi chinh|ban dan van|ban to chuc|ban chap hanh|ban bi thu|bo chinh tri|dang cong san)\\b")),
            Map.entry(GOVERNMENT, Pattern.compile("\\b(?:ubnd|uy ban nhan dan|u ban|chu tich|chinh phu|thu tuong|bo|so|phong|ban tiep cong dan|van phong)\\b")));

    private Bodies() {
    }

    /** The level of a body's folded name, or null when it names none. */
    public static RecipientLevel level(String folded) {
        Matcher unit = UNIT.matcher(folded);
        int unitAt = unit.find() ? unit.start() : Integer.MAX_VALUE;
        Matcher central = CENTRAL.matcher(folded);
        if (central.find() && central.start() < unitAt) {
            return RecipientLevel.TRUNG_UONG;
        }
        if (unitAt == Integer.MAX_VALUE) {
            return PROVINCIAL_DELEGATION.matcher(folded).find() || folded.contains("quoc hoi") ? RecipientLevel.TRUNG_UONG : null;
        }
        String word = unit.group(1).replace(".", "");
        if (word.equals("thanh pho") || word.equals("tp") || word.equals("thanh uy")) {
            String city = unit.group(2).strip() + " ";
            return CENTRAL_CITIES.stream().anyMatch(c -> city.startsWith(c + " ")) ? RecipientLevel.TINH : RecipientLevel.HUYEN;
        }
        return UNIT_LEVELS.get(word);
    }

    /** The branch of a body's folded name; a body of no other branch is the government's. */
    public static String branch(String folded) {
        String branch = GOVERNMENT;
        int earliest = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> marker : BRANCHES) {
            Matcher m = marker.getValue().matcher(folded);
            if (m.find() && m.start() < earliest) {
                earliest = m.start();
                branch = marker.getKey();
            }
        }
        return branch;
    }
}
