package vn.donthu.ingest.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donthu.letter.LetterDetails;
import vn.donthu.letter.LetterDetails.CitedDocument;
import vn.donthu.letter.LetterDetails.LandParcel;
import vn.donthu.letter.LetterDetails.PersonalIdentifier;
import vn.donthu.letter.LetterKind;
import vn.donthu.letter.Redaction;
import vn.donthu.letter.RecipientLevel;

class LetterReaderTest {

    private final LetterReader reader = new LetterReader();

    private static final String COMPLAINT = """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Thái Nguyên, ngày 05 tháng 01 năm 2024

            ĐƠN KHIẾU NẠI
            (V/v bồi thường, hỗ trợ khi Nhà nước thu hồi đất)

            Kính gửi: Chủ tịch Ủy ban nhân dân huyện Đồng Hỷ, tỉnh Thái Nguyên

            Tôi tên là: Đỗ Thị Hạnh, sinh năm 1972.
            Số CCCD: 019172003344.
            Địa chỉ: xóm Na Long, xã Hóa Thượng, huyện Đồng Hỷ, tỉnh Thái Nguyên.
            Điện thoại: 0912.345.678.

            Tôi khiếu nại Quyết định số 2345/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân huyện Đồng Hỷ về việc thu hồi thửa đất số 88, tờ bản đồ số 4 của gia đình tôi. Theo Thông báo 56/TB-UBND, gia đình tôi chỉ được bồi thường 60% diện tích.
            Đề nghị xem xét lại.

            Người khiếu nại
            (Ký, ghi rõ họ tên)
            Đỗ Thị Hạnh
            """;

    @Test
    void readsAComplaintWithEveryValueAndItsEvidence() {
        LetterDetails details = reader.read(COMPLAINT);

        assertEquals(List.of(LetterKind.KHIEU_NAI), details.kinds());
        assertEquals("dat_dai", details.subjectField());
        assertTrue(details.topics().containsAll(List.of("thu_hoi_dat", "boi_thuong")), details.topics().toString());
        assertEquals(LocalDate.of(2024, 1, 5), details.letterDate());
        assertEquals(1, details.signerCount());
        assertEquals("Đỗ Thị Hạnh", details.petitioners().get(0).name());
        assertEquals(1972, details.petitioners().get(0).birthYear());
        assertFalse(details.crowded());
        assertFalse(details.anonymous());
        assertEquals(RecipientLevel.HUYEN, details.recipient().level());
        assertEquals("chinh_quyen", details.recipient().branch());
        assertFalse(details.overLevel(), "a district decision complained about to the district chairman");
        assertTrue(details.citedDocuments().contains(new CitedDocument("2345/QĐ-UBND", LocalDate.of(2021, 3, 12))));
        assertTrue(details.citedDocuments().contains(new CitedDocument("56/TB-UBND", null)));
        assertEquals(List.of(new LandParcel("88", "4")), details.parcels());
        assertTrue(details.identifiers().contains(new PersonalIdentifier("cccd", "019172003344")));
        assertTrue(details.identifiers().contains(new PersonalIdentifier("phone", "0912345678")));
        assertTrue(details.locality().provinceName().contains("Thái Nguyên"), details.locality().toString());
        assertTrue(details.locality().districtName().contains("Đồng Hỷ"), details.locality().toString());

        LetterDetails.Evidence date = details.evidence().stream().filter(e -> e.field().equals("letter_date")).findFirst().orElseThrow();
        assertEquals("ngày 05 tháng 01 năm 2024", COMPLAINT.substring(date.start(), date.end()));
        LetterDetails.Evidence kind = details.evidence().stream().filter(e -> e.field().equals("kinds")).findFirst().orElseThrow();
        assertEquals("KHIẾU NẠI", COMPLAINT.substring(kind.start(), kind.end()));
    }

    @Test
    void masksTheSendersNameCardPhoneAddressAndSignatureButKeepsTheMatter() {
        LetterDetails details = reader.read(COMPLAINT);
        String redacted = Redaction.apply(COMPLAINT, details.personalData());

        for (String secret : List.of("Đỗ Thị Hạnh", "019172003344", "0912.345.678", "xóm Na Long", "1972")) {
            assertFalse(redacted.contains(secret), secret + " is still in\n" + redacted);
        }
        assertTrue(redacted.contains("Quyết định số 2345/QĐ-UBND ngày 12/3/2021"));
        assertTrue(redacted.contains("thửa đất số 88, tờ bản đồ số 4"));
        assertTrue(redacted.contains("Tôi tên là: " + Redaction.PLACEHOLDER));
    }

    @Test
    void readsTheSameLetterTypedWithoutDiacriticsAndWithOcrSlips() {
        String plain = """
                Thai Nguyen, ngay 05 thang 01 nam 2024
                DON KHIEU NAI
                Kinh gui: Chu tich Úy ban nhan dan tinh Thai Nguyen
                Toi ten la: Do Thi Hanh, sinh nam 1972
                Dia chi: xom Na Long, xa Hoa Thuong, huyen Dong Hy
                Toi khieu nai Quyet dinh so 2345/QD-UBND ngay 12-03-2021 cua UBND xa Hoa Thuong ve viec thu hoi dat.
                Nguoi khieu nai
                Do Thi Hanh
                """;
        LetterDetails details = reader.read(plain);

        assertEquals(List.of(LetterKind.KHIEU_NAI), details.kinds());
        assertEquals("dat_dai", details.subjectField());
        assertEquals(LocalDate.of(2024, 1, 5), details.letterDate());
        assertEquals(1, details.signerCount());
        assertEquals(RecipientLevel.TINH, details.recipient().level());
        assertTrue(details.overLevel(), "a first complaint about a commune decision sent straight to the province");
        assertEquals(List.of(new CitedDocument("2345/QD-UBND", LocalDate.of(2021, 3, 12))), details.citedDocuments());
    }

    @Test
    void aVagueTitleTakesItsKindFromWhatTheSenderDoes() {
        String letter = """
                ĐƠN KÊU CỨU
                Kính gửi: Ban Tiếp công dân Trung ương
                Tôi là Phan Văn Lực, trú tại thôn 3, xã Ea Tu, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.
                Tôi làm đơn này tố cáo ông Lý Văn Bình, cán bộ địa chính xã Ea Tu, đã nhận tiền của nhiều hộ dân để làm sổ đỏ.
                Trước đây tôi cũng đã khiếu nại nhưng không được trả lời.
                """;
        LetterDetails details = reader.read(letter);

        assertEquals(List.of(LetterKind.TO_CAO), details.kinds());
        assertEquals("tham_nhung", details.subjectField());
        assertEquals(RecipientLevel.TRUNG_UONG, details.recipient().level());
        assertEquals(List.of("ông Lý Văn Bình, cán bộ địa chính xã Ea Tu"), details.accused());
        assertTrue(details.overLevel(), "a commune official denounced straight to the centre");
        assertNull(details.letterDate(), "the letter is not dated");
    }

    @Test
    void aTitleWithTwoKindsIsSeveral() {
        LetterDetails details = reader.read("ĐƠN KHIẾU NẠI VÀ TỐ CÁO\nKính gửi: Thanh tra tỉnh Nghệ An\n");
        assertEquals(List.of(LetterKind.KHIEU_NAI, LetterKind.TO_CAO), details.kinds());
        assertEquals(RecipientLevel.TINH, details.recipient().level());
        assertEquals("thanh_tra", details.recipient().branch());
    }

    @Test
    void aSignerListCountsEveryRowAndMakesTheLetterCrowded() {
        String letter = """
                ĐƠN ĐỀ NGHỊ
                Kính gửi: Ủy ban nhân dân phường Quang Trung, thành phố Thái Nguyên
                Chúng tôi là các hộ dân tổ 12 đề nghị giải quyết tình trạng ô nhiễm do xưởng mộc gây tiếng ồn.
                DANH SÁCH CÁC HỘ DÂN KÝ ĐƠN
                STT | Họ và tên | Năm sinh | Địa chỉ | Ký tên
                1 | Nguyễn Văn An | 1960 | tổ 12 | (đã ký)
                2 | Trần Thị Bích | 1965 | tổ 12 | (đã ký)
                3 | Lê Văn Cường | 1971 | tổ 12 | (đã ký)
                4 | Phạm Thị Dung | 1980 | tổ 12 | (đã ký)
                5 | Hoàng Văn Em | 1955 | tổ 12 | (đã ký)
                """;
        LetterDetails details = reader.read(letter);

        assertEquals(5, details.signerCount());
        assertTrue(details.crowded());
        assertEquals(1965, details.petitioners().get(1).birthYear());
        assertEquals(RecipientLevel.XA, details.recipient().level());
        assertEquals(List.of(LetterKind.KIEN_NGHI), details.kinds());
        assertTrue(details.topics().contains("o_nhiem_moi_truong"));
    }

    @Test
    void aLetterWithoutAnyNamedSenderIsAnonymous() {
        LetterDetails details = reader.read("Kính gửi: Chủ tịch UBND xa Tân Đức\nTôi xin tố cáo cán bộ địa chính xã thu tiền sai quy định.\n");
        assertTrue(details.anonymous());
        assertEquals(0, details.signerCount());
        assertEquals(RecipientLevel.XA, details.recipient().level());
    }

    @Test
    void citedDatesImpossibleDatesAndBirthDatesAreNotTheLettersDate() {
        String letter = """
                ĐƠN KIẾN NGHỊ
                Tôi là Vũ Thị Nga, sinh ngày 12/05/1980, kiến nghị về Quyết định 77/QĐ-UBND ngày 30/02/2023.
                Ngày 31/12/2022 UBND xã đã họp dân.
                Hải Dương, ngày 15 tháng 8 năm 2023
                Người kiến nghị
                Vũ Thị Nga
                """;
        LetterDetails details = reader.read(letter);
        assertEquals(LocalDate.of(2023, 8, 15), details.letterDate());
        assertEquals(new CitedDocument("77/QĐ-UBND", null), details.citedDocuments().get(0));
    }

    @Test
    void theReceivedStampGivesTheReceivedDate() {
        String letter = """
                ĐẾN Số: 125 Ngày: 20/3/2021
                Phú Bình, ngày 12 tháng 3 năm 2021
                ĐƠN PHẢN ÁNH
                """;
        LetterDetails details = reader.read(letter);
        assertEquals(LocalDate.of(2021, 3, 12), details.letterDate());
        assertEquals(LocalDate.of(2021, 3, 20), details.receivedDate());
        assertEquals(List.of(LetterKind.PHAN_ANH), details.kinds());
    }

    @Test
    void aLetterToTheNationalAssemblyDelegationOfTheProvinceIsProvincial() {
        LetterDetails details = reader.read("Kính gửi: Đoàn đại biểu Quốc hội tỉnh Thái Nguyên\n");
        assertEquals(RecipientLevel.TINH, details.recipient().level());
        assertEquals("quoc_hoi", details.recipient().branch());
        LetterDetails party = reader.read("Kinh gui: Ban Noi chinh Tinh uy Bac Giang\n");
        assertEquals(RecipientLevel.TINH, party.recipient().level());
        assertEquals("dang", party.recipient().branch());
    }

    @Test
    void aSecondContentInTheBodyIsASecondKindButAnEarlierComplaintIsNot() {
        String letter = """
                ĐƠN KHIẾU NẠI
                Kính gửi: Chủ tịch UBND huyện Gia Lâm
                Tôi khiếu nại Quyết định số 12/QĐ-UBND của UBND huyện Gia Lâm về bồi thường.
                Tôi cũng kiến nghị cấp có thẩm quyền công khai kết quả cho người dân được biết.
                """;
        assertEquals(List.of(LetterKind.KHIEU_NAI, LetterKind.KIEN_NGHI), reader.read(letter).kinds());
        String past = letter.replace("Tôi cũng kiến nghị", "Trước đây tôi cũng đã kiến nghị");
        assertEquals(List.of(LetterKind.KHIEU_NAI), reader.read(past).kinds());
    }

    @Test
    void signersWhoseNamesDifferByOneLetterAreTwoPeopleButATypedWithoutDiacriticsCopyIsOne() {
        String letter = """
                DANH SÁCH CÁC HỘ DÂN CÙNG KÝ ĐƠN
                1. Đỗ Văn Long, sinh năm 1960, thôn 3 – (ký)
                2. Hồ Văn Long, sinh năm 1962, thôn 3 – (ký)
                Người kiến nghị
                Do Van Long
                """;
        LetterDetails details = reader.read(letter);
        assertEquals(2, details.signerCount(), details.petitioners().toString());
    }

    @Test
    void aPollutionProposalGoesToTheDistrictSoTheProvinceIsAboveItsLevel() {
        String toProvince = """
                Đức Hòa, ngày 20 tháng 9 năm 2023
                ĐƠN KIẾN NGHỊ
                (V/v ô nhiễm môi trường do nhà máy thuộc da)
                Kính gửi: Chủ tịch UBND tỉnh Long An
                Tôi xin kiến nghị về tình trạng ô nhiễm môi trường do nhà máy của Công ty TNHH Phước Hưng gây ra.
                """;
        assertTrue(reader.read(toProvince).overLevel());
        assertFalse(reader.read(toProvince.replace("UBND tỉnh Long An", "UBND huyện Đức Hòa")).overLevel());
        // From 2025-07-01 there is no district: the province is the competent level.
        assertFalse(reader.read(toProvince.replace("năm 2023", "năm 2025")).overLevel());
    }

    @Test
    void theAccusedKeepsANameThatFoldsToAClauseWord() {
        LetterDetails details = reader.read("Tôi làm đơn này tố cáo bà Đỗ Kim Liên, Phó Chủ tịch Ủy ban nhân dân xã Mỹ Hạnh Nam đã nhận tiền.\n");
        assertEquals(List.of("bà Đỗ Kim Liên, Phó Chủ tịch Ủy ban nhân dân xã Mỹ Hạnh Nam"), details.accused());
    }
}
