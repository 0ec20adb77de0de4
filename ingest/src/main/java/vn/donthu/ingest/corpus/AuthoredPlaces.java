package vn.donthu.ingest.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donthu.ingest.corpus.Place.Unit;

/**
 * Real communes written down from our own knowledge, so that the generator works without any
 * reference file. Province codes are the official ones of each list. The commune a place belongs
 * to since 2025-07-01 is given only where we can state it; places without one are written in the
 * old style only, as many letters still are.
 */
public final class AuthoredPlaces implements PlaceSource {

    /** The 34 provinces since 2025-07-01 that the rows below reach: code, type, name. */
    private static final Map<String, Unit> NEW_PROVINCES = Map.ofEntries(
            unit("01", "thành phố", "Hà Nội"), unit("19", "tỉnh", "Thái Nguyên"),
            unit("22", "tỉnh", "Quảng Ninh"), unit("24", "tỉnh", "Bắc Ninh"),
            unit("25", "tỉnh", "Phú Thọ"), unit("31", "thành phố", "Hải Phòng"),
            unit("33", "tỉnh", "Hưng Yên"), unit("37", "tỉnh", "Ninh Bình"),
            unit("38", "tỉnh", "Thanh Hóa"), unit("40", "tỉnh", "Nghệ An"),
            unit("42", "tỉnh", "Hà Tĩnh"), unit("44", "tỉnh", "Quảng Trị"),
            unit("46", "thành phố", "Huế"), unit("48", "thành phố", "Đà Nẵng"),
            unit("52", "tỉnh", "Gia Lai"), unit("56", "tỉnh", "Khánh Hòa"),
            unit("66", "tỉnh", "Đắk Lắk"), unit("68", "tỉnh", "Lâm Đồng"),
            unit("75", "tỉnh", "Đồng Nai"), unit("79", "thành phố", "Hồ Chí Minh"),
            unit("80", "tỉnh", "Tây Ninh"), unit("82", "tỉnh", "Đồng Tháp"),
            unit("91", "tỉnh", "An Giang"), unit("92", "thành phố", "Cần Thơ"));

    /** Old provinces whose hamlets are "ấp". */
    private static final Set<String> SOUTH = Set.of("79", "74", "77", "75", "80", "82", "89", "91", "92", "94");

    /**
     * old province code; its type; its name; district type; district name; commune type; commune
     * name; new province code; new commune type; new commune name ("-" when not stated).
     */
    private static final String ROWS = """
            01;thành phố;Hà Nội;quận;Cầu Giấy;phường;Dịch Vọng;01;phường;Cầu Giấy
            01;thành phố;Hà Nội;quận;Hoàn Kiếm;phường;Hàng Trống;01;phường;Hoàn Kiếm
            01;thành phố;Hà Nội;quận;Hà Đông;phường;Yên Nghĩa;01;phường;Yên Nghĩa
            01;thành phố;Hà Nội;huyện;Đông Anh;thị trấn;Đông Anh;01;xã;Đông Anh
            01;thành phố;Hà Nội;huyện;Đông Anh;xã;Uy Nỗ;01;xã;Đông Anh
            01;thành phố;Hà Nội;huyện;Đông Anh;xã;Việt Hùng;01;-;-
            01;thành phố;Hà Nội;huyện;Sóc Sơn;xã;Mai Đình;01;-;-
            01;thành phố;Hà Nội;huyện;Sóc Sơn;xã;Phù Lỗ;01;-;-
            01;thành phố;Hà Nội;huyện;Thanh Oai;xã;Bích Hòa;01;-;-
            01;thành phố;Hà Nội;huyện;Thanh Oai;xã;Cự Khê;01;-;-
            01;thành phố;Hà Nội;huyện;Gia Lâm;xã;Bát Tràng;01;xã;Bát Tràng
            19;tỉnh;Thái Nguyên;huyện;Phú Bình;xã;Tân Đức;19;-;-
            19;tỉnh;Thái Nguyên;huyện;Phú Bình;xã;Úc Kỳ;19;-;-
            19;tỉnh;Thái Nguyên;huyện;Phú Bình;xã;Kha Sơn;19;xã;Kha Sơn
            19;tỉnh;Thái Nguyên;huyện;Phú Bình;thị trấn;Hương Sơn;19;xã;Phú Bình
            19;tỉnh;Thái Nguyên;huyện;Đại Từ;xã;Hùng Sơn;19;-;-
            19;tỉnh;Thái Nguyên;huyện;Đại Từ;xã;Tân Thái;19;-;-
            19;tỉnh;Thái Nguyên;thành phố;Thái Nguyên;phường;Phan Đình Phùng;19;phường;Phan Đình Phùng
            06;tỉnh;Bắc Kạn;thành phố;Bắc Kạn;phường;Đức Xuân;19;phường;Đức Xuân
            22;tỉnh;Quảng Ninh;thành phố;Hạ Long;phường;Bãi Cháy;22;phường;Bãi Cháy
            22;tỉnh;Quảng Ninh;thành phố;Hạ Long;phường;Hồng Gai;22;phường;Hồng Gai
            22;tỉnh;Quảng Ninh;thị xã;Quảng Yên;phường;Phong Cốc;22;-;-
            22;tỉnh;Quảng Ninh;huyện;Vân Đồn;xã;Hạ Long;22;-;-
            24;tỉnh;Bắc Giang;thành phố;Bắc Giang;phường;Trần Phú;24;phường;Bắc Giang
            24;tỉnh;Bắc Giang;huyện;Lục Nam;xã;Cương Sơn;24;-;-
            26;tỉnh;Vĩnh Phúc;thành phố;Vĩnh Yên;phường;Ngô Quyền;25;phường;Vĩnh Yên
            31;thành phố;Hải Phòng;quận;Hồng Bàng;phường;Hoàng Văn Thụ;31;phường;Hồng Bàng
            34;tỉnh;Thái Bình;thành phố;Thái Bình;phường;Lê Hồng Phong;33;phường;Thái Bình
            36;tỉnh;Nam Định;thành phố;Nam Định;phường;Vị Xuyên;37;phường;Nam Định
            38;tỉnh;Thanh Hóa;thành phố;Sầm Sơn;phường;Trường Sơn;38;phường;Sầm Sơn
            38;tỉnh;Thanh Hóa;huyện;Quảng Xương;xã;Quảng Định;38;-;-
            38;tỉnh;Thanh Hóa;huyện;Hoằng Hóa;xã;Hoằng Quang;38;-;-
            40;tỉnh;Nghệ An;huyện;Nghi Lộc;xã;Nghi Phong;40;-;-
            40;tỉnh;Nghệ An;huyện;Nghi Lộc;xã;Nghi Thạch;40;-;-
            40;tỉnh;Nghệ An;huyện;Quỳnh Lưu;xã;Quỳnh Thạch;40;-;-
            42;tỉnh;Hà Tĩnh;thành phố;Hà Tĩnh;phường;Bắc Hà;42;phường;Thành Sen
            42;tỉnh;Hà Tĩnh;thị xã;Kỳ Anh;xã;Kỳ Tân;42;-;-
            44;tỉnh;Quảng Bình;thành phố;Đồng Hới;phường;Hải Thành;44;phường;Đồng Hới
            46;tỉnh;Thừa Thiên Huế;thành phố;Huế;phường;Vĩnh Ninh;46;phường;Thuận Hóa
            46;tỉnh;Thừa Thiên Huế;thị xã;Hương Thủy;phường;Phú Bài;46;phường;Phú Bài
            48;thành phố;Đà Nẵng;huyện;Hòa Vang;xã;Hòa Tiến;48;xã;Hòa Tiến
            48;thành phố;Đà Nẵng;huyện;Hòa Vang;xã;Hòa Châu;48;xã;Hòa Tiến
            48;thành phố;Đà Nẵng;huyện;Hòa Vang;xã;Hòa Sơn;48;-;-
            48;thành phố;Đà Nẵng;huyện;Hòa Vang;xã;Hòa Nhơn;48;-;-
            48;thành phố;Đà Nẵng;quận;Hải Châu;phường;Thạch Thang;48;phường;Hải Châu
            48;thành phố;Đà Nẵng;quận;Liên Chiểu;phường;Hòa Khánh Bắc;48;phường;Hòa Khánh
            49;tỉnh;Quảng Nam;thành phố;Hội An;phường;Cẩm Phô;48;phường;Hội An
            49;tỉnh;Quảng Nam;thị xã;Điện Bàn;phường;Vĩnh Điện;48;phường;Điện Bàn
            49;tỉnh;Quảng Nam;thị xã;Điện Bàn;xã;Điện Minh;48;-;-
            49;tỉnh;Quảng Nam;huyện;Duy Xuyên;xã;Duy Trung;48;-;-
            49;tỉnh;Quảng Nam;huyện;Duy Xuyên;xã;Duy Sơn;48;-;-
            52;tỉnh;Bình Định;thành phố;Quy Nhơn;phường;Lê Lợi;52;phường;Quy Nhơn
            64;tỉnh;Gia Lai;thành phố;Pleiku;phường;Hội Thương;52;phường;Pleiku
            64;tỉnh;Gia Lai;huyện;Đak Đoa;xã;Glar;52;-;-
            56;tỉnh;Khánh Hòa;thành phố;Nha Trang;phường;Lộc Thọ;56;phường;Nha Trang
            66;tỉnh;Đắk Lắk;thành phố;Buôn Ma Thuột;phường;Tân Lợi;66;phường;Buôn Ma Thuột
            66;tỉnh;Đắk Lắk;huyện;Krông Pắc;xã;Ea Phê;66;-;-
            68;tỉnh;Lâm Đồng;thành phố;Đà Lạt;phường;1;68;phường;Xuân Hương - Đà Lạt
            68;tỉnh;Lâm Đồng;huyện;Đức Trọng;xã;Hiệp Thạnh;68;-;-
            60;tỉnh;Bình Thuận;thành phố;Phan Thiết;phường;Phú Thủy;68;phường;Phú Thủy
            75;tỉnh;Đồng Nai;huyện;Trảng Bom;thị trấn;Trảng Bom;75;xã;Trảng Bom
            75;tỉnh;Đồng Nai;huyện;Trảng Bom;xã;Bàu Hàm;75;-;-
            75;tỉnh;Đồng Nai;huyện;Trảng Bom;xã;Sông Trầu;75;-;-
            79;thành phố;Hồ Chí Minh;quận;1;phường;Bến Nghé;79;phường;Sài Gòn
            79;thành phố;Hồ Chí Minh;quận;1;phường;Tân Định;79;phường;Tân Định
            79;thành phố;Hồ Chí Minh;huyện;Bình Chánh;xã;Vĩnh Lộc A;79;xã;Vĩnh Lộc
            79;thành phố;Hồ Chí Minh;huyện;Bình Chánh;xã;Lê Minh Xuân;79;-;-
            79;thành phố;Hồ Chí Minh;huyện;Củ Chi;thị trấn;Củ Chi;79;xã;Củ Chi
            79;thành phố;Hồ Chí Minh;huyện;Củ Chi;xã;Tân Thông Hội;79;-;-
            79;thành phố;Hồ Chí Minh;huyện;Củ Chi;xã;Phước Vĩnh An;79;-;-
            74;tỉnh;Bình Dương;thành phố;Thủ Dầu Một;phường;Phú Cường;79;phường;Thủ Dầu Một
            74;tỉnh;Bình Dương;thành phố;Dĩ An;phường;Dĩ An;79;phường;Dĩ An
            77;tỉnh;Bà Rịa - Vũng Tàu;thành phố;Vũng Tàu;phường;Thắng Tam;79;phường;Vũng Tàu
            80;tỉnh;Long An;huyện;Đức Hòa;xã;Đức Hòa Hạ;80;-;-
            80;tỉnh;Long An;huyện;Đức Hòa;xã;Hựu Thạnh;80;-;-
            80;tỉnh;Long An;huyện;Đức Hòa;xã;Mỹ Hạnh Nam;80;-;-
            80;tỉnh;Long An;huyện;Bến Lức;xã;Lương Hòa;80;-;-
            82;tỉnh;Tiền Giang;thành phố;Mỹ Tho;phường;1;82;phường;Mỹ Tho
            82;tỉnh;Tiền Giang;huyện;Châu Thành;xã;Tân Hương;82;-;-
            89;tỉnh;An Giang;thành phố;Long Xuyên;phường;Mỹ Bình;91;phường;Long Xuyên
            91;tỉnh;Kiên Giang;thành phố;Rạch Giá;phường;Vĩnh Thanh Vân;91;phường;Rạch Giá
            91;tỉnh;Kiên Giang;thành phố;Phú Quốc;phường;Dương Đông;91;đặc khu;Phú Quốc
            91;tỉnh;Kiên Giang;thành phố;Phú Quốc;xã;Hàm Ninh;91;đặc khu;Phú Quốc
            91;tỉnh;Kiên Giang;huyện;Châu Thành;xã;Minh Lương;91;-;-
            92;thành phố;Cần Thơ;quận;Ninh Kiều;phường;Tân An;92;phường;Ninh Kiều
            94;tỉnh;Sóc Trăng;huyện;Mỹ Xuyên;xã;Tham Đôn;92;-;-
            """;

    private final List<Place> places;

    public AuthoredPlaces() {
        List<Place> list = new ArrayList<>();
        for (String row : ROWS.strip().split("\n")) {
            String[] f = row.strip().split(";");
            Unit newProvince = NEW_PROVINCES.get(f[7]);
            if (newProvince == null) {
                throw new IllegalStateException("No 2025 province " + f[7] + " for " + row);
            }
            Unit newCommune = f[9].equals("-") ? null : new Unit(null, f[8], f[9]);
            list.add(new Place(new Unit(f[0], f[1], f[2]), new Unit(null, f[3], f[4]), new Unit(null, f[5], f[6]),
                    newProvince, newCommune, SOUTH.contains(f[0])));
        }
        places = List.copyOf(list);
    }

    @Override
    public List<Place> places() {
        return places;
    }

    private static Map.Entry<String, Unit> unit(String code, String type, String name) {
        return Map.entry(code, new Unit(code, type, name));
    }
}
