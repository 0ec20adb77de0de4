package vn.donthu.ingest.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;
import vn.donthu.letter.LetterDetails.Locality;
import vn.donthu.letter.LetterDetails.Petitioner;
import vn.donthu.letter.LetterDetails.Recipient;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.RecipientLevel;

/**
 * Letters written for the grouping tests, with the details an extractor would read from them: a
 * family writing again and again about one parcel (reworded, once without diacritics, once after the
 * 2025 reorganisation), two neighbours with their own parcels under the same land recovery decision,
 * one letter sent to five agencies on one day, an OCR-damaged copy, and a wife and a husband writing
 * separately about one parcel until a letter of both links their letters.
 */
final class AuthoredLetters {

    static final Locality TAN_DUC_2008 = new Locality("2008", "19", "Thái Nguyên", "173", "Phú Bình", "05914", "Tân Đức",
            "19", "Thái Nguyên", "xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên");
    static final Locality PHU_BINH_2025 = new Locality("2025", "19", "Thái Nguyên", null, null, "05900", "Phú Bình",
            "19", "Thái Nguyên", "xã Phú Bình, tỉnh Thái Nguyên");
    static final Locality HOA_KHANH_2008 = new Locality("2008", "48", "Đà Nẵng", "490", "Liên Chiểu", "20194", "Hòa Khánh Bắc",
            "48", "Đà Nẵng", "phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng");
    private static final CitedDocument RECOVERY = new CitedDocument("1234/QĐ-UBND", LocalDate.of(2021, 3, 12));

    private AuthoredLetters() {
    }

    // The Trần family: parcel 125, map sheet 7, four letters over four years.
    static final Letter BINH_1 = letter("binh-1", """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân xã Tân Đức
            Tôi là Trần Văn Bình, sinh năm 1962, cùng vợ là Lê Thị Hoa, trú tại xóm Trung, xã Tân Đức,
            huyện Phú Bình, tỉnh Thái Nguyên. Gia đình tôi sử dụng thửa đất số 125, tờ bản đồ số 7 từ năm
            1985. Theo Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân huyện Phú Bình về việc
            thu hồi đất để làm đường liên xã, gia đình tôi bị thu hồi 320 m2 đất trồng lúa nhưng chỉ được
            bồi thường theo giá đất nông nghiệp, không được hỗ trợ chuyển đổi nghề nghiệp. Tôi khiếu nại
            việc bồi thường không đúng quy định và đề nghị xem xét lại phương án bồi thường cho gia đình tôi.
            Tôi xin cam đoan những nội dung trên là đúng sự thật.
            Người khiếu nại: Trần Văn Bình, Lê Thị Hoa
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2021, 5, 10), binhFamily(), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân xã Tân Đức", RecipientLevel.XA, "chinh_quyen"), false, List.of(RECOVERY),
            List.of(new LandParcel("125", "7"))));

    static final Letter BINH_2 = letter("binh-2", """
            ĐƠN KHIẾU NẠI (lần hai)
            Kính gửi: Chủ tịch Ủy ban nhân dân huyện Phú Bình
            Chúng tôi, ông Trần Văn Bình và bà Lê Thị Hoa ở xóm Trung, xã Tân Đức, đã gửi đơn lên xã từ
            tháng 5 nhưng đến nay chưa được trả lời. Phần diện tích 320 m2 của thửa 125 tờ bản đồ 7 bị thu
            hồi làm đường mà tiền đền bù quá thấp, không đủ mua lại đất sản xuất. Kính đề nghị Chủ tịch huyện
            chỉ đạo kiểm tra, áp giá bồi thường đúng và hỗ trợ ổn định đời sống cho gia đình chúng tôi.
            Xin trân trọng cảm ơn.
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2021, 9, 20), binhFamily(), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân huyện Phú Bình", RecipientLevel.HUYEN, "chinh_quyen"), false, List.of(RECOVERY),
            List.of(new LandParcel("125", "7"))));

    static final Letter BINH_3 = letter("binh-3", """
            DON KHIEU NAI
            Kinh gui: UBND tinh Thai Nguyen
            Toi ten Tran Van Binh, o xom Trung xa Tan Duc huyen Phu Binh. Nam 2021 huyen thu hoi dat
            nha toi (thua 125 to ban do so 7) lam duong nhung boi thuong qua thap, toi da gui don len xa
            va huyen nhieu lan ma khong ai giai quyet. Nay toi gui don len tinh de nghi xem xet.
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2022, 1, 15),
            List.of(new Petitioner("Tran Van Binh", null, "xom Trung xa Tan Duc")), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân tỉnh Thái Nguyên", RecipientLevel.TINH, "chinh_quyen"), false, List.of(),
            List.of(new LandParcel("125", "7"))));

    static final Letter BINH_4 = letter("binh-4", """
            ĐƠN KÊU CỨU
            Kính gửi: Ban Tiếp công dân Trung ương
            Tôi là Trần Văn Bình, nay ở xã Phú Bình, tỉnh Thái Nguyên (trước là xã Tân Đức, huyện Phú
            Bình). Bốn năm nay gia đình tôi khiếu nại việc bồi thường khi thu hồi đất làm đường tại thửa
            đất 125, tờ bản đồ 7, theo Quyết định 1234/QĐ-UBND ngày 12/3/2021, nhưng vẫn chưa được giải
            quyết dứt điểm. Kính mong Ban xem xét, chỉ đạo địa phương giải quyết.
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2025, 9, 3),
            List.of(new Petitioner("Trần Văn Bình", 1962, "xã Phú Bình")), PHU_BINH_2025,
            new Recipient("Ban Tiếp công dân Trung ương", RecipientLevel.TRUNG_UONG, "chinh_quyen"), true, List.of(RECOVERY),
            List.of(new LandParcel("125", "7"))));

    // Two neighbours in the same commune, under the same decision, each about their own parcel.
    static final Letter HUNG = letter("hung-1", """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân xã Tân Đức
            Tôi là Nguyễn Văn Hùng, sinh năm 1970, trú tại xóm Đồng, xã Tân Đức, huyện Phú Bình, tỉnh Thái
            Nguyên. Theo Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân huyện Phú Bình về việc
            thu hồi đất để làm đường liên xã, gia đình tôi bị thu hồi toàn bộ thửa đất số 98, tờ bản đồ số 7,
            trên đó có nhà ở và chuồng trại nhưng biên bản kiểm đếm bỏ sót công trình phụ. Tôi khiếu nại biên
            bản kiểm đếm và đề nghị kiểm đếm lại tài sản trên đất trước khi lập phương án bồi thường.
            Người khiếu nại: Nguyễn Văn Hùng
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2021, 6, 2),
            List.of(new Petitioner("Nguyễn Văn Hùng", 1970, "xóm Đồng, xã Tân Đức")), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân xã Tân Đức", RecipientLevel.XA, "chinh_quyen"), false, List.of(RECOVERY),
            List.of(new LandParcel("98", "7"))));

    static final Letter LAN = letter("lan-1", """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân xã Tân Đức
            Tôi là Phạm Thị Lan, sinh năm 1975, trú tại xóm Trung, xã Tân Đức, huyện Phú Bình, tỉnh Thái
            Nguyên. Gia đình tôi sử dụng thửa đất số 131, tờ bản đồ số 7. Theo Quyết định số 1234/QĐ-UBND
            ngày 12/3/2021 của Ủy ban nhân dân huyện Phú Bình về việc thu hồi đất để làm đường liên xã, gia
            đình tôi bị thu hồi 150 m2 đất vườn nhưng chỉ được bồi thường theo giá đất nông nghiệp. Tôi khiếu
            nại việc bồi thường không đúng quy định và đề nghị xem xét lại phương án bồi thường.
            Người khiếu nại: Phạm Thị Lan
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2021, 5, 10),
            List.of(new Petitioner("Phạm Thị Lan", 1975, "xóm Trung, xã Tân Đức")), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân xã Tân Đức", RecipientLevel.XA, "chinh_quyen"), false, List.of(RECOVERY),
            List.of(new LandParcel("131", "7"))));

    /** Nguyễn Văn Hùng's letter as a poor scan reads it: broken syllables, lost marks, no parcel understood. */
    static final Letter HUNG_OCR = letter("hung-ocr", """
            CÕNG HÒA XÂ HÔI CHU NGHĨA VIẸT NAM
            ĐƠN KHIÉU NẠl
            Kinh gửi: Uy ban nhân dân xă Tân Đửc
            Tôi là Nguyễn Văn Hừng, sinh năm 197O, trú tại xỏm Đồng, xã Tân Đức, huyện Phú Binh, tỉnh Thái
            Nguyên. Theo Quyết đỉnh số 1234/QĐ-UBND ngảy 12/3/2021 của Ủy ban nhân dân huyện Phú Bình vẻ việc
            thu hồi đât để làm đường liên xã, gia đỉnh tôi bị thu hồi toàn bộ thừa đất số 98, tờ bản đồ sổ 7,
            trên đó có nhà ở và chuồng trai nhưng biên bản kiêm đếm bỏ sót công trinh phụ. Tôi khiếu nại biên
            bản kiểm đếm và đề nghi kiểm đếm lai tài sản trên đất trước khi lập phương án bồi thường.
            """, details(List.of(LetterKind.KHIEU_NAI), null,
            List.of(new Petitioner("Nguyễn Văn Hừng", null, null)), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân xã Tân Đức", RecipientLevel.XA, "chinh_quyen"), false, List.of(), List.of()));

    /** Someone of the same name in another province, about something else. */
    static final Letter HUNG_DA_NANG = letter("hung-da-nang", """
            ĐƠN PHẢN ÁNH
            Kính gửi: Ủy ban nhân dân phường Hòa Khánh Bắc
            Tôi là Nguyễn Văn Hùng, trú tại tổ 12 phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng.
            Tôi phản ánh việc cơ sở sản xuất nhựa trong khu dân cư xả khói và nước thải gây ô nhiễm môi
            trường, ảnh hưởng sức khỏe các hộ dân xung quanh, đề nghị phường kiểm tra xử lý.
            """, details(List.of(LetterKind.PHAN_ANH), LocalDate.of(2022, 7, 4),
            List.of(new Petitioner("Nguyễn Văn Hùng", null, "tổ 12 phường Hòa Khánh Bắc")), HOA_KHANH_2008,
            new Recipient("Ủy ban nhân dân phường Hòa Khánh Bắc", RecipientLevel.XA, "chinh_quyen"), false, List.of(),
            List.of()));

    private static final CitedDocument REFUSAL = new CitedDocument("567/QĐ-UBND", LocalDate.of(2022, 6, 2));

    // The Vũ family: the wife writes about their parcel, the husband about the refusal; a letter of both links the two.
    static final Letter NGA_1 = letter("nga-1", """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ĐƠN KIẾN NGHỊ
            Kính gửi: Ủy ban nhân dân xã Tân Đức
            Tôi là Vũ Thị Nga, sinh năm 1980, trú tại xóm Chùa, xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên.
            Gia đình tôi sử dụng ổn định thửa đất số 210, tờ bản đồ số 9 từ năm 1998, không có tranh chấp,
            đã nộp hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất từ năm 2020 nhưng đến nay chưa được
            cấp. Tôi đề nghị xã xác nhận nguồn gốc đất và chuyển hồ sơ lên huyện để cấp giấy cho gia đình tôi.
            Người kiến nghị: Vũ Thị Nga
            """, details(List.of(LetterKind.KIEN_NGHI), LocalDate.of(2022, 3, 1),
            List.of(new Petitioner("Vũ Thị Nga", 1980, "xóm Chùa, xã Tân Đức")), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân xã Tân Đức", RecipientLevel.XA, "chinh_quyen"), false, List.of(),
            List.of(new LandParcel("210", "9"))));

    static final Letter NGA_2 = letter("nga-2", """
            ĐƠN KHIẾU NẠI
            Kính gửi: Chủ tịch Ủy ban nhân dân huyện Phú Bình
            Tôi là Đặng Văn Toàn, trú tại xóm Chùa, xã Tân Đức. Ngày 2/6/2022 Ủy ban nhân dân huyện ban hành
            Quyết định số 567/QĐ-UBND từ chối cấp giấy chứng nhận cho hộ gia đình tôi với lý do đất có nguồn
            gốc lấn chiếm, trong khi gia đình tôi sử dụng liên tục, có xác nhận của các hộ giáp ranh. Tôi
            khiếu nại Quyết định số 567/QĐ-UBND và đề nghị huyện thu hồi quyết định này.
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2022, 8, 15),
            List.of(new Petitioner("Đặng Văn Toàn", null, "xóm Chùa, xã Tân Đức")), TAN_DUC_2008,
            new Recipient("Ủy ban nhân dân huyện Phú Bình", RecipientLevel.HUYEN, "chinh_quyen"), false, List.of(REFUSAL),
            List.of()));

    static final Letter NGA_3 = letter("nga-3", """
            ĐƠN KHIẾU NẠI
            Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên
            Chúng tôi là Vũ Thị Nga và Đặng Văn Toàn, trú tại xóm Chùa, xã Tân Đức, huyện Phú Bình. Gia đình
            chúng tôi sử dụng thửa đất số 210, tờ bản đồ số 9 nhưng bị huyện từ chối cấp giấy chứng nhận theo
            Quyết định số 567/QĐ-UBND ngày 2/6/2022. Chúng tôi đã gửi đơn lên xã và huyện mà chưa được giải
            quyết, nay đề nghị tỉnh xem xét, chỉ đạo cấp giấy chứng nhận cho gia đình chúng tôi.
            Người khiếu nại: Vũ Thị Nga, Đặng Văn Toàn
            """, details(List.of(LetterKind.KHIEU_NAI), LocalDate.of(2023, 1, 10),
            List.of(new Petitioner("Vũ Thị Nga", 1980, "xóm Chùa, xã Tân Đức"), new Petitioner("Đặng Văn Toàn", null, "xóm Chùa, xã Tân Đức")),
            TAN_DUC_2008, new Recipient("Ủy ban nhân dân tỉnh Thái Nguyên", RecipientLevel.TINH, "chinh_quyen"), false,
            List.of(REFUSAL), List.of(new LandParcel("210", "9"))));

    /** One denunciation, six signers, sent to five agencies on 2023-08-14. */
    static final List<Letter> TO_FIVE_AGENCIES = List.of(
            denunciation(1, "Ủy ban nhân dân phường Hòa Khánh Bắc", RecipientLevel.XA, false),
            denunciation(2, "Ủy ban nhân dân quận Liên Chiểu", RecipientLevel.HUYEN, false),
            denunciation(3, "Ủy ban nhân dân thành phố Đà Nẵng", RecipientLevel.TINH, true),
            denunciation(4, "Thanh tra thành phố Đà Nẵng", RecipientLevel.TINH, true),
            denunciation(5, "Đoàn đại biểu Quốc hội thành phố Đà Nẵng", RecipientLevel.TINH, true));

    private static Letter denunciation(int copy, String recipient, RecipientLevel level, boolean overLevel) {
        String text = """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ĐƠN TỐ CÁO
                Kính gửi: %s
                Chúng tôi gồm các hộ dân tổ 7 phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng, tố cáo
                ông Lê Văn Sơn, tổ trưởng tổ dân phố, đã tự ý thu tiền của 40 hộ dân để làm đường kiệt 45 với
                tổng số tiền 180.000.000 đồng nhưng không công khai thu chi, con đường làm xong đã xuống cấp.
                Đề nghị cơ quan có thẩm quyền xác minh, xử lý nghiêm và buộc hoàn trả số tiền còn thừa.
                Đồng ký tên: Hoàng Văn Tư, Đỗ Thị Mai, Võ Văn Nam, Trịnh Thị Thu, Lương Văn Hải, Phan Thị Hồng
                """.formatted(recipient);
        List<Petitioner> signers = List.of("Hoàng Văn Tư", "Đỗ Thị Mai", "Võ Văn Nam", "Trịnh Thị Thu",
                "Lương Văn Hải", "Phan Thị Hồng").stream().map(n -> new Petitioner(n, null, "tổ 7 phường Hòa Khánh Bắc")).toList();
        return letter("to-cao-" + copy, text, new LetterDetails(List.of(LetterKind.TO_CAO), "hanh_chinh", List.of(),
                LocalDate.of(2023, 8, 14), null, signers, 6, true, false, HOA_KHANH_2008,
                new Recipient(recipient, level, "chinh_quyen"), overLevel, List.of(), List.of(), List.of("Lê Văn Sơn"),
                List.of(), List.of(), List.of()));
    }

    private static List<Petitioner> binhFamily() {
        return List.of(new Petitioner("Trần Văn Bình", 1962, "xóm Trung, xã Tân Đức"),
                new Petitioner("Lê Thị Hoa", null, "xóm Trung, xã Tân Đức"));
    }

    private static LetterDetails details(List<LetterKind> kinds, LocalDate date, List<Petitioner> petitioners,
                                         Locality locality, Recipient recipient, boolean overLevel,
                                         List<CitedDocument> documents, List<LandParcel> parcels) {
        return new LetterDetails(kinds, "dat_dai", List.of("thu_hoi_dat", "boi_thuong"), date, null, petitioners,
                petitioners.size(), petitioners.size() >= 5, petitioners.isEmpty(), locality, recipient, overLevel,
                documents, parcels, List.of(), List.of(), List.of(), List.of());
    }

    static Letter letter(String id, String text, LetterDetails details) {
        return new Letter(id, "/authored/" + id + ".txt", List.of("/authored/" + id + ".txt"), id + ".txt", "text/plain",
                text.length(), 1, ExtractionMethod.TEXT_LAYER, null, text, List.of(), null, text, details, null,
                Instant.parse("2026-11-22T00:00:00Z"));
    }
}
