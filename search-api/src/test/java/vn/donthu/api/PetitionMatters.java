package vn.donthu.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.index.IndexNames;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterDetails.Recipient;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.PageInfo;
import vn.donthu.letter.RecipientLevel;
import vn.donthu.letter.Redaction;
import vn.donthu.matter.Matter;
import vn.donthu.matter.MatterStatus;

/**
 * {@link PetitionLetters} grouped into matters, with three more letters, as grouping leaves them: a
 * document per matter in the matters index (its grouping keys included) and each letter carrying its
 * matter's id, flags and status.
 *
 * <ul>
 *   <li>{@link #DIEN_BAN}: the Quảng Nam complaint and its follow-up to the central government a year
 *       later — prolonged, overdue, escalated, crowded; OVERDUE.</li>
 *   <li>{@link #HOA_NHON}: the denunciation, and a second one by the same denouncer; OPEN.</li>
 *   <li>{@link #VEN_SONG}: the Đà Nẵng complaint about compensation for the riverside road; overdue, OVERDUE.</li>
 *   <li>{@link #VEN_SONG_NEIGHBOUR}: another household's complaint about the same road in the same commune; OPEN.</li>
 *   <li>{@link #KARAOKE}: the same denouncer denouncing a karaoke bar: only her name is shared with
 *       {@link #HOA_NHON}; OPEN.</li>
 *   <li>{@link #CAU_GIAY}: the Hà Nội proposal; OPEN.</li>
 * </ul>
 */
public final class PetitionMatters {

    public static final String DIEN_BAN = PetitionLetters.MATTER;
    public static final String HOA_NHON = "vu-viec-hoa-nhon";
    public static final String VEN_SONG = "vu-viec-ven-song";
    public static final String VEN_SONG_NEIGHBOUR = "vu-viec-ven-song-ho-ben";
    public static final String KARAOKE = "vu-viec-karaoke";
    public static final String CAU_GIAY = "vu-viec-cau-giay";
    /** Planted in every matter's grouping keys: no answer may ever contain it. */
    /** The Điện Bàn family came as a group to the provincial reception office after their follow-up letter. */
    public static final Matter.VisitEntry DIEN_BAN_VISIT = new Matter.VisitEntry("luot-tiep-dien-ban", LocalDate.of(2022, 7, 5), 8,
            true, "Ban Tiếp công dân tỉnh Quảng Nam");
    public static final String GROUPING_SECRET = "khoa-gom-nhom-bi-mat";
    /** The street address kept in a matter's locality: no answer may contain it either. */
    public static final String MATTER_ADDRESS = "tổ 7 thôn Phước Thuận";

    public static final String FOLLOW_UP = """
            ĐƠN KHIẾU NẠI (lần hai)
            Kính gửi: Thanh tra Chính phủ
            Tôi tên là Phạm Văn Minh, trú tại xã Điện Thắng Trung, thị xã Điện Bàn, tỉnh Quảng Nam, cùng 5 hộ dân.
            Đã hơn một năm, UBND tỉnh Quảng Nam chưa giải quyết khiếu nại về việc thu hồi đất và bồi thường không thỏa đáng.
            """;
    public static final String SECOND_DENUNCIATION = """
            ĐƠN TỐ CÁO (bổ sung)
            Kính gửi: Thanh tra thành phố Đà Nẵng
            Tôi tên là Trần Thị Bích Ngọc, trú tại thôn Phước Thuận, xã Hòa Nhơn.
            Tôi tiếp tục tố cáo ông Lê Văn Hùng, Phó Chủ tịch UBND xã Hòa Nhơn, nhận hối lộ để hợp thức hóa đất lấn chiếm.
            """;
    public static final String NEIGHBOUR = """
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân xã Hòa Vang, thành phố Đà Nẵng
            Tôi là Đặng Văn Bảy, khiếu nại việc chậm chi trả tiền bồi thường giải phóng mặt bằng tuyến đường ven sông
            qua thửa đất của gia đình tôi.
            """;
    public static final String KARAOKE_DENUNCIATION = """
            ĐƠN TỐ GIÁC
            Kính gửi: Công an quận Sơn Trà
            Tôi tên là Trần Thị Bích Ngọc. Quán karaoke Hoàng Gia mở nhạc ồn ào suốt đêm, bán rượu cho trẻ vị thành niên.
            """;

    private PetitionMatters() {
    }

    /** Indexes {@link PetitionLetters} and the letters above, and the six matters; everything searchable on return. */
    public static void index(ElasticsearchClient client, IndexNames names) {
        PetitionLetters.index(client, names);
        Locality hoaNhon = new Locality("2008", "48", "Thành phố Đà Nẵng", "497", "Huyện Hòa Vang", "20323", "Xã Hòa Nhơn",
                "48", "Thành phố Đà Nẵng", MATTER_ADDRESS);
        Locality dienBan = new Locality("2008", "49", "Tỉnh Quảng Nam", "503", "Thị xã Điện Bàn", "20575", "Xã Điện Thắng Trung",
                "48", "Thành phố Đà Nẵng", null);
        Locality hoaVang = new Locality("2025", "48", "Thành phố Đà Nẵng", null, null, "20333", "Xã Hòa Vang",
                "48", "Thành phố Đà Nẵng", null);
        Locality sonTra = new Locality("2025", "48", "Thành phố Đà Nẵng", null, null, "20194", "Phường Sơn Trà",
                "48", "Thành phố Đà Nẵng", null);
        Locality cauGiay = new Locality("2008", "01", "Thành phố Hà Nội", "005", "Quận Cầu Giấy", "00160", "Phường Dịch Vọng",
                "01", "Thành phố Hà Nội", null);

        String followUp = index(client, names, FOLLOW_UP, LetterKind.KHIEU_NAI, "Phạm Văn Minh", LocalDate.of(2022, 6, 1),
                dienBan, new Recipient("Thanh tra Chính phủ", RecipientLevel.TRUNG_UONG, "thanh_tra"));
        String second = index(client, names, SECOND_DENUNCIATION, LetterKind.TO_CAO, PetitionLetters.DENOUNCER,
                LocalDate.of(2022, 8, 20), hoaNhon, new Recipient("Thanh tra thành phố Đà Nẵng", RecipientLevel.TINH, "thanh_tra"));
        String neighbour = index(client, names, NEIGHBOUR, LetterKind.KHIEU_NAI, "Đặng Văn Bảy", LocalDate.of(2025, 10, 2),
                hoaVang, new Recipient("Ủy ban nhân dân xã Hòa Vang", RecipientLevel.XA, "hanh_chinh"));
        String karaoke = index(client, names, KARAOKE_DENUNCIATION, LetterKind.TO_CAO, PetitionLetters.DENOUNCER,
                LocalDate.of(2025, 11, 3), sonTra, new Recipient("Công an quận Sơn Trà", RecipientLevel.HUYEN, "cong_an"));

        Map<String, String> id = PetitionLetters.idsByTitle();
        save(client, names, matter(DIEN_BAN, List.of(id.get("khieu_nai_quang_nam"), followUp),
                List.of(LocalDate.of(2021, 4, 2), LocalDate.of(2022, 6, 1)), List.of(LetterKind.KHIEU_NAI), "dat_dai", dienBan,
                RecipientLevel.TRUNG_UONG, 6, true, true, true, true, MatterStatus.OVERDUE));
        save(client, names, matter(HOA_NHON, List.of(id.get("to_cao"), second),
                List.of(LocalDate.of(2022, 5, 10), LocalDate.of(2022, 8, 20)), List.of(LetterKind.TO_CAO), "tham_nhung", hoaNhon,
                RecipientLevel.TINH, 1, false, false, false, false, MatterStatus.OPEN));
        save(client, names, matter(VEN_SONG, List.of(id.get("khieu_nai_da_nang")), List.of(LocalDate.of(2025, 9, 1)),
                List.of(LetterKind.KHIEU_NAI), "dat_dai", hoaVang, RecipientLevel.XA, 1, true, false, false, false, MatterStatus.OVERDUE));
        save(client, names, matter(VEN_SONG_NEIGHBOUR, List.of(neighbour), List.of(LocalDate.of(2025, 10, 2)),
                List.of(LetterKind.KHIEU_NAI), "dat_dai", hoaVang, RecipientLevel.XA, 1, false, false, false, false, MatterStatus.OPEN));
        save(client, names, matter(KARAOKE, List.of(karaoke), List.of(LocalDate.of(2025, 11, 3)),
                List.of(LetterKind.TO_CAO), "trat_tu", sonTra, RecipientLevel.HUYEN, 1, false, false, false, false, MatterStatus.OPEN));
        save(client, names, matter(CAU_GIAY, List.of(id.get("kien_nghi_ha_noi")), List.of(LocalDate.of(2023, 1, 15)),
                List.of(LetterKind.KIEN_NGHI), "khac", cauGiay, RecipientLevel.XA, 0, false, false, false, false, MatterStatus.OPEN));
        try {
            client.indices().refresh(r -> r.index(names.lettersAlias(), names.alias("matters")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String index(ElasticsearchClient client, IndexNames names, String text, LetterKind kind, String sender,
                                LocalDate date, Locality place, Recipient recipient) {
        String id = PetitionLetters.id(text);
        List<LetterDetails.TextSpan> personal = new ArrayList<>();
        for (String value : List.of(sender, "thôn Phước Thuận")) {
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                personal.add(new LetterDetails.TextSpan("personal", at, at + value.length()));
            }
        }
        LetterDetails details = new LetterDetails(List.of(kind), null, List.of(), date, date.plusDays(2),
                List.of(new Petitioner(sender, null, null)), 1, false, false, place, recipient, false,
                List.of(), List.of(), List.of(), List.of(), personal, List.of());
        Letter letter = new Letter(id, "/archive/" + id + ".txt", List.of("/archive/" + id + ".txt"), id + ".txt", "text/plain",
                text.length(), 1, ExtractionMethod.TEXT_LAYER, null, text, List.of(new PageInfo(1, 0, ExtractionMethod.TEXT_LAYER, null)),
                null, Redaction.apply(text, personal), details, null, Instant.parse("2026-01-01T00:00:00Z"));
        try {
            client.index(i -> i.index(names.lettersAlias()).id(id).document(letter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    private static Matter matter(String id, List<String> letters, List<LocalDate> dates, List<LetterKind> kinds, String subject,
                                 Locality place, RecipientLevel highest, int people, boolean overdue, boolean prolonged,
                                 boolean escalated, boolean crowded, MatterStatus status) {
        List<Matter.TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            timeline.add(new Matter.TimelineEntry(letters.get(i), dates.get(i), i == letters.size() - 1 ? highest : RecipientLevel.XA,
                    "Cơ quan nhận " + (i + 1), kinds));
        }
        LocalDate first = dates.get(0);
        Matter.Deadline deadline = new Matter.Deadline("khieu_nai_lan_dau", "giai_quyet", 30, "ngay", "Luật Khiếu nại 2011, Điều 28",
                first, first.plusDays(30));
        Matter.Member member = new Matter.Member(letters.get(0), first, List.of(424242), List.of(GROUPING_SECRET + "-ten"),
                List.of(), List.of(), List.of(), "48", GROUPING_SECRET + "|noi", subject, place, people, crowded, escalated);
        Matter.Grouping grouping = new Matter.Grouping(List.of(GROUPING_SECRET + "-band"), List.of(GROUPING_SECRET + "-name"),
                List.of(), List.of(), List.of(), List.of(member));
        return new Matter(id, letters, timeline, first, dates.get(dates.size() - 1), letters.size(), letters.size(), people, kinds,
                subject, place, highest, List.of(deadline), first.plusDays(30), overdue, prolonged, escalated, crowded, status, grouping,
                id.equals(DIEN_BAN) ? List.of(DIEN_BAN_VISIT) : List.of());
    }

    /** The matter document, and its id, flags and status on each of its letters, as grouping writes them. */
    private static void save(ElasticsearchClient client, IndexNames names, Matter matter) {
        Map<String, Object> onLetters = new HashMap<>();
        onLetters.put("matter_id", matter.id());
        onLetters.put("matter_flags", matter.flags());
        onLetters.put("matter_status", matter.status().name());
        try {
            client.index(i -> i.index(names.alias("matters")).id(matter.id()).document(matter));
            for (String letter : matter.letterIds()) {
                client.update(u -> u.index(names.lettersAlias()).id(letter).doc(onLetters), Map.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
