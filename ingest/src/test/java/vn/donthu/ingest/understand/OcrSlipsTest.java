package vn.donthu.ingest.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.donthu.analysis.VietnameseFolder;
import vn.donthu.letter.LetterDetails;

/** A letter as Tesseract reads it off a worn scan, with and without diacritics: what is read stays right. */
class OcrSlipsTest {

    private final LetterReader reader = new LetterReader();

    private static final String SCANNED = """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT. NAM.
            Độc lập – Tự do– Hạnh phúc.
            Hạ Long, ngày l4 4 th áng 7 năm 2O24
            - ĐƠN KIẾN NGHỊ _ _
            Kính gửi: Ủy ban nhân dân thành phố Hạ Long
            Chúng tôi gồm 5 người là các hộ dân ở khu phố 12, phường Hồng Gai, thành phố
            Hạ Long, tỉnh Quảng Ninh (có danh sách kèm theo), địa chỉ: khu phố 12, phường Hồng Gai, tỉnh
            Quảng Ninh. Chúng tôi kiến nghị nạo vét kênh tiêu úng.
            DANH SÁCH CÁC HỘ DÂN CÙNG KÝ ĐƠN
            . Trần Quốc Tùng, sinh năm 1986, khu phố 12 - (ký)
            ‹ Cao Văn Vinh, sinh năm 1952, khu phố 12 - đã ký
            . Nguyễn Thị Hà, sinh năm 1951, khu phố 11 - (ký)
            3. Đỗ Thu Cúc, sinh năm 1943, khu phố 12 - (ký)
            l. Võ Trọng Bảy, sinh năm 1967, khu phố 9 - đã ký
            """;

    @Test
    void aScannedLetterKeepsItsDateSignersAndProvince() {
        LetterDetails details = reader.read(SCANNED);
        assertEquals(LocalDate.of(2024, 7, 14), details.letterDate());
        assertEquals(5, details.signerCount());
        assertEquals("Tỉnh Quảng Ninh", details.locality().provinceName());
    }

    @Test
    void theSameScanTypedWithoutDiacriticsReadsTheSame() {
        LetterDetails details = reader.read(VietnameseFolder.fold(SCANNED));
        assertEquals(LocalDate.of(2024, 7, 14), details.letterDate());
        assertEquals(5, details.signerCount());
        assertEquals("Tỉnh Quảng Ninh", details.locality().provinceName());
    }
}
