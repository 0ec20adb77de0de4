package vn.donthu.ingest.understand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donthu.ingest.understand.FoldedText;
import vn.donthu.ingest.understand.Found;

/** Dates as Tesseract reads them off degraded scans, and as people type them without diacritics. */
class DateFinderTest {

    private static List<LocalDate> dates(String text) {
        return DateFinder.find(FoldedText.of(text)).stream().map(Found::value).toList();
    }

    @Test
    void digitsReadAsLettersAreDigits() {
        assertEquals(List.of(LocalDate.of(2021, 3, 12)), dates("Thái Nguyên, ngày l2 tháng 3 năm 2O21"));
        assertEquals(List.of(LocalDate.of(2019, 10, 1)), dates("Hà Nội, ngày 0I tháng 1O năm 2019"));
    }

    @Test
    void wordsAndNumbersBrokenBySpacesStillMakeADate() {
        assertEquals(List.of(LocalDate.of(2020, 11, 5)), dates("Ha Noi, ngay 5 th ang 11 n am 2020"));
        assertEquals(List.of(LocalDate.of(2021, 8, 5)), dates("Đông Anh, ngày 5 tháng 8 năm 20 21"));
        assertEquals(List.of(LocalDate.of(2024, 1, 5)), dates("Phú Bình, ngày05 thang 01 nam 2024"));
    }

    @Test
    void aStraySpeckBetweenThePartsIsSkipped() {
        assertEquals(List.of(LocalDate.of(2023, 8, 15)), dates("Vân Đồn, ngày 15 5 tháng 8 năm 2023 ¬"));
        assertEquals(List.of(LocalDate.of(2019, 8, 18)), dates("- Kiên Giang, ngày 18 thẳng 8 ổi năm 2019: °."));
        assertEquals(List.of(LocalDate.of(2025, 6, 21)), dates("_ Tân Tế ngày 21 ¡tháng § 6 năm 2025"));
        assertEquals(List.of(LocalDate.of(2019, 7, 12)), dates(".Phú Bình, ngày 12 tháng 07 năm n2019"));
    }

    @Test
    void ofANumberAndItsGhostTheTwoDigitOneIsTheNumber() {
        assertEquals(List.of(LocalDate.of(2022, 12, 17)), dates("Long Xuyên ngày 17 tháng 1 12 năm 2022 _"));
        assertEquals(List.of(LocalDate.of(2022, 9, 15)), dates(". Bắc Sơn: ngày 15 tháng 0 09 năm n.2022 \""));
        assertEquals(List.of(LocalDate.of(2018, 3, 5)), dates("\" Hồ Chí Minh, ngày 05: tháng 0 03.năm 2018"));
        assertEquals(List.of(LocalDate.of(2024, 7, 14)), dates("Hạ Long, ngày 14 4 tháng 7 năm 2024"));
    }

    @Test
    void wordsAreNotReadAsNumbers() {
        assertEquals(List.of(), dates("Tôi lo tháng 3 năm nay không có tiền nộp học phí cho con."));
        assertEquals(List.of(), dates("ngay lo thang io nam 2021"));
        assertEquals(List.of(LocalDate.of(2021, 3, 12)), dates("Quyết định số 15 ngày 12 tháng 3 năm 2021 của UBND huyện"));
    }
}
