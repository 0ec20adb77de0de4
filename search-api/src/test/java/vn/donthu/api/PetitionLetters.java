package vn.donthu.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.donthu.index.IndexNames;
import vn.donthu.letter.ContentHash;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.PageInfo;
import vn.donthu.letter.RecipientLevel;

/**
 * Letters as the letter-understanding step leaves them (details, text with personal data masked),
 * built by hand: a denunciation whose sender must stay secret, two complaints from Đà Nẵng and the
 * old Quảng Nam merged into it, a proposal from Hà Nội, and a letter not analysed yet.
 */
public final class PetitionLetters {

    public static final String DENOUNCER = "Trần Thị Bích Ngọc";
    public static final String DENOUNCER_CCCD = "048178001234";
    public static final String DENOUNCER_ADDRESS = "thôn Phước Thuận, xã Hòa Nhơn";
    public static final String COMPLAINANT = "Phạm Văn Minh";
    public static final String UNANALYSED_SENDER = "Nguyễn Văn Tám";
    /** The matter the Quảng Nam complaint was grouped into. */
    public static final String MATTER = "vu-viec-dien-ban-2021";

    public static final String DENUNCIATION = """
            ĐƠN TỐ CÁO
            Kính gửi: Ủy ban nhân dân huyện Hòa Vang
            Tôi tên là Trần Thị Bích Ngọc, sinh năm 1978, CCCD số 048178001234, trú tại thôn Phước Thuận, xã Hòa Nhơn.
            Tôi tố cáo ông Lê Văn Hùng, Phó Chủ tịch UBND xã Hòa Nhơn, đã nhận tiền của các hộ dân để hợp thức hóa đất lấn chiếm.
            \fĐề nghị cơ quan có thẩm quyền xác minh và xử lý nghiêm hành vi nhận hối lộ của ông Lê Văn Hùng.
            Người tố cáo
            Trần Thị Bích Ngọc
            """;
    public static final String COMPLAINT_QUANG_NAM = """
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam
            Tôi tên là Phạm Văn Minh, trú tại xã Điện Thắng Trung, thị xã Điện Bàn, cùng 5 hộ dân ký tên dưới đây.
            Chúng tôi khiếu nại Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của UBND thị xã Điện Bàn về việc thu hồi đất
            và bồi thường không thỏa đáng cho các hộ dân.
            """;
    public static final String COMPLAINT_DA_NANG = """
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân xã Hòa Vang, thành phố Đà Nẵng
            Tôi là Võ Thị Lan, khiếu nại việc chậm chi trả tiền bồi thường giải phóng mặt bằng tuyến đường ven sông.
            """;
    public static final String PROPOSAL_HA_NOI = """
            ĐƠN KIẾN NGHỊ
            Kính gửi: Ủy ban nhân dân phường Cầu Giấy, thành phố Hà Nội
            Chúng tôi kiến nghị xử lý tiếng ồn của xưởng cơ khí trong khu dân cư, đề nghị bồi thường thiệt hại.
            """;
    public static final String UNANALYSED = """
            ĐƠN TRÌNH BÀY
            Tôi là Nguyễn Văn Tám, trình bày việc tranh chấp ranh giới đất với hộ liền kề.
            """;

    private PetitionLetters() {
    }

    public static String id(String text) {
        try {
            return ContentHash.of(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the indices of {@code names}, indexes the five letters and makes them searchable. */
    public static void index(ElasticsearchClient client, IndexNames names) {
        new vn.donthu.index.IndexSettings(names, 0).prepare(client);
        String denunciationRedacted = DENUNCIATION.replace(DENOUNCER, "[họ và tên]").replace(DENOUNCER_CCCD, "[số định danh]")
                .replace(DENOUNCER_ADDRESS, "[địa chỉ]");
        List<Letter> letters = List.of(
                letter(DENUNCIATION, denunciationRedacted, new LetterDetails(List.of(LetterKind.TO_CAO), "tham_nhung", List.of(),
                        LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 12),
                        List.of(new Petitioner(DENOUNCER, 1978, DENOUNCER_ADDRESS)), 1, false, false,
                        new Locality("2008", "48", "Thành phố Đà Nẵng", "497", "Huyện Hòa Vang", "20323", "Xã Hòa Nhơn",
                                "48", "Thành phố Đà Nẵng", DENOUNCER_ADDRESS + ", huyện Hòa Vang"),
                        new LetterDetails.Recipient("Ủy ban nhân dân huyện Hòa Vang", RecipientLevel.HUYEN, "hanh_chinh"), false,
                        List.of(), List.of(), List.of("Lê Văn Hùng"),
                        List.of(new LetterDetails.PersonalIdentifier("cccd", DENOUNCER_CCCD)),
                        spans(DENUNCIATION, DENOUNCER, DENOUNCER_CCCD, DENOUNCER_ADDRESS), List.of())),
                letter(COMPLAINT_QUANG_NAM, COMPLAINT_QUANG_NAM.replace(COMPLAINANT, "[họ và tên]"),
                        new LetterDetails(List.of(LetterKind.KHIEU_NAI), "dat_dai", List.of("thu_hoi_dat"),
                                LocalDate.of(2021, 4, 2), LocalDate.of(2021, 4, 5),
                                List.of(new Petitioner(COMPLAINANT, null, "xã Điện Thắng Trung")), 6, true, false,
                                new Locality("2008", "49", "Tỉnh Quảng Nam", "503", "Thị xã Điện Bàn", "20575", "Xã Điện Thắng Trung",
                                        "48", "Thành phố Đà Nẵng", "xã Điện Thắng Trung, thị xã Điện Bàn"),
                                new LetterDetails.Recipient("Ủy ban nhân dân tỉnh Quảng Nam", RecipientLevel.TINH, "hanh_chinh"), true,
                                List.of(new LetterDetails.CitedDocument("1234/QĐ-UBND", LocalDate.of(2021, 3, 12))), List.of(),
                                List.of("UBND thị xã Điện Bàn"), List.of(), spans(COMPLAINT_QUANG_NAM, COMPLAINANT), List.of())),
                letter(COMPLAINT_DA_NANG, COMPLAINT_DA_NANG.replace("Võ Thị Lan", "[họ và tên]"),
                        new LetterDetails(List.of(LetterKind.KHIEU_NAI), "dat_dai", List.of(),
                                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 3),
                                List.of(new Petitioner("Võ Thị Lan", null, null)), 1, false, false,
                                new Locality("2025", "48", "Thành phố Đà Nẵng", null, null, "20333", "Xã Hòa Vang",
                                        "48", "Thành phố Đà Nẵng", null),
                                new LetterDetails.Recipient("Ủy ban nhân dân xã Hòa Vang", RecipientLevel.XA, "hanh_chinh"), false,
                                List.of(), List.of(), List.of(), List.of(), spans(COMPLAINT_DA_NANG, "Võ Thị Lan"), List.of())),
                letter(PROPOSAL_HA_NOI, PROPOSAL_HA_NOI,
                        new LetterDetails(List.of(LetterKind.KIEN_NGHI), "khac", List.of(),
                                LocalDate.of(2023, 1, 15), LocalDate.of(2023, 1, 16), List.of(), 0, false, true,
                                new Locality("2008", "01", "Thành phố Hà Nội", "005", "Quận Cầu Giấy", "00160", "Phường Dịch Vọng",
                                        "01", "Thành phố Hà Nội", null),
                                new LetterDetails.Recipient("Ủy ban nhân dân phường Cầu Giấy", RecipientLevel.XA, "hanh_chinh"), false,
                                List.of(), List.of(), List.of(), List.of(), List.of(), List.of())),
                letter(UNANALYSED, null, null));
        try {
            for (Letter letter : letters) {
                client.index(i -> i.index(names.lettersAlias()).id(letter.id()).document(letter).refresh(Refresh.True));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Letter letter(String text, String redacted, LetterDetails details) {
        String id = id(text);
        List<PageInfo> pages = new ArrayList<>();
        pages.add(new PageInfo(1, 0, ExtractionMethod.TEXT_LAYER, null));
        int feed = text.indexOf('\f');
        if (feed >= 0) {
            pages.add(new PageInfo(2, feed + 1, ExtractionMethod.TEXT_LAYER, null));
        }
        String fileName = (details == null ? "chua-phan-tich" : details.kinds().get(0).name().toLowerCase()) + "-" + id.substring(0, 6) + ".txt";
        String matter = text.equals(COMPLAINT_QUANG_NAM) ? MATTER : null;
        return new Letter(id, "/archive/" + fileName, List.of("/archive/" + fileName), fileName, "text/plain",
                text.length(), pages.size(), ExtractionMethod.TEXT_LAYER, null, text, pages, null, redacted, details, matter,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<LetterDetails.TextSpan> spans(String text, String... personal) {
        List<LetterDetails.TextSpan> spans = new ArrayList<>();
        for (String value : personal) {
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                spans.add(new LetterDetails.TextSpan("personal", at, at + value.length()));
            }
        }
        return spans;
    }

    /** Where the letters are, for the filter tests: every letter's id by its first line. */
    public static Map<String, String> idsByTitle() {
        return Map.of("to_cao", id(DENUNCIATION), "khieu_nai_quang_nam", id(COMPLAINT_QUANG_NAM),
                "khieu_nai_da_nang", id(COMPLAINT_DA_NANG), "kien_nghi_ha_noi", id(PROPOSAL_HA_NOI), "chua_phan_tich", id(UNANALYSED));
    }
}
