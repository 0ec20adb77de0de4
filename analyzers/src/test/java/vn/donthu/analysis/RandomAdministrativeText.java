package vn.donthu.analysis;

import java.util.Random;

/**
 * Random text made of the pieces of Vietnamese administrative letters that the tokenizer keeps
 * whole or must take apart (document numbers, dates, phone numbers in groups, e-mail addresses),
 * broken pieces of them, and the separators between them, so that random cuts fall inside and
 * around them.
 */
final class RandomAdministrativeText {

    private static final String[] PIECES = {
        "Đơn", "khiếu", "nại", "của", "bà", "Nguyễn", "Thị", "Hòa", "UBND", "xã", "thửa", "đất", "số", "tờ", "bản", "đồ",
        "Quyết", "định", "ngày", "tháng", "năm", "Covid", "QH14", "F0", "215a", "ề", "\u0301", "\u0323", "漢", "𠀧",
        "1234/QĐ-UBND", "05/2021/TT-TTCP", "124/2020/NĐ-CP", "15/2019/QH14", "512/GĐYK", "45/tb-ubnd", "87/SNN&PTNT",
        "15/01/2021", "12-3-2021", "1.2.2021", "2021-03-12", "3/2021", "32/1/2021", "12/13",
        "0387 915 602", "0904.317.652", "+84 904 317 652", "+84", "024 3825 1234", "038051007264", "123456789",
        "lehoa@gmail.com", "le.hoa_89@yahoo.com.vn", "https://thanhtra.gov.vn/a?b=1", "www.", "http://", "@",
        "1.500.000", "2,5", "12,13,14", "0", "03", "0387", "915", "84", "2021", "7",
        " ", " ", " ", " ", "\n", "\u00A0", ",", ", ", ".", ". ", "-", "/", "&", "+", ":", ";", "(", ")", "_",
    };

    private RandomAdministrativeText() {
    }

    static String next(Random random, int maxPieces) {
        return RandomVietnameseText.concatenate(random, PIECES, maxPieces);
    }
}
