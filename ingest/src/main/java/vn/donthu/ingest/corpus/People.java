package vn.donthu.ingest.corpus;

import java.util.Random;

/** Vietnamese names, birth years and identifiers in their real shapes and frequencies. */
final class People {

    /** Weighted by frequency: Nguyễn alone is nearly four in ten. */
    private static final String[] SURNAMES = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
        "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Đinh", "Trương", "Lương", "Mai", "Tạ", "Cao", "Lâm", "Tô", "Hà", "Đoàn", "Chu"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công",
        "Xuân", "Thanh", "Ngọc", "Đình", "Bá", "Tiến", "Trọng", "Quốc", "Thế"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh",
        "Kim", "Hồng", "Bích", "Phương"};
    private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Sơn", "Hải", "Long",
        "Thắng", "Bình", "Tài", "Phúc", "Lợi", "Cường", "Quý", "Khánh", "Toàn", "Thành", "Tâm", "Hòa", "Hiếu",
        "Trung", "Đạt", "Vinh", "Kiên", "Tùng", "Lâm", "Chiến", "Hưng", "Phong", "Thuận", "Tư", "Sáu", "Bảy"};
    private static final String[] FEMALE_GIVEN = {"Lan", "Hoa", "Hương", "Mai", "Hạnh", "Thủy", "Hằng", "Nga",
        "Liên", "Tuyết", "Phượng", "Yến", "Loan", "Dung", "Oanh", "Nhung", "Thảo", "Hà", "Huệ", "Cúc", "Lụa",
        "Nhàn", "Xuân", "Thơm", "Ngọc", "Trang"};
    private static final String[] HAMLETS_NORTH = {"thôn", "thôn", "xóm"};
    private static final String[] HAMLET_NAMES = {"Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Đồng Tâm",
        "Tân Lập", "Hòa Bình", "An Phú", "Phú Lợi", "Thắng Lợi", "Quyết Tiến", "Đoàn Kết", "Lệ Sơn", "Gò Nổi",
        "Bình An", "Tân Hưng", "Mỹ Lộc"};
    private static final String[] MOBILE_PREFIXES = {"032", "033", "034", "035", "036", "037", "038", "039", "070",
        "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090", "091", "093",
        "094", "096", "097", "098"};

    private People() {}

    static Person person(Random r, Place place, int letterYear, boolean urban) {
        boolean female = r.nextInt(100) < 42;
        String name = pick(r, SURNAMES) + " " + (female ? pick(r, FEMALE_MIDDLE) : pick(r, MALE_MIDDLE)) + " "
                + (female ? pick(r, FEMALE_GIVEN) : pick(r, MALE_GIVEN));
        int birthYear = letterYear - 25 - r.nextInt(55);
        return new Person(name, female, birthYear, identityNumber(r, place, female, birthYear, letterYear),
                phone(r), hamlet(r, place, urban));
    }

    /**
     * CCCD (12 digits: birth province, century and sex, year, serial) from 2016 on, more and more
     * often; CMND (9 digits) before.
     */
    static String identityNumber(Random r, Place place, boolean female, int birthYear, int letterYear) {
        boolean cccd = letterYear >= 2021 || (letterYear >= 2016 && r.nextInt(4) == 0);
        if (!cccd) {
            return String.format("%09d", 10_000_000 + r.nextInt(380_000_000));
        }
        int centurySex = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return "0" + place.oldProvince().code() + centurySex + String.format("%02d", birthYear % 100)
                + String.format("%06d", r.nextInt(1_000_000));
    }

    static String phone(Random r) {
        return pick(r, MOBILE_PREFIXES) + String.format("%07d", r.nextInt(10_000_000));
    }

    /** Where in the commune a person lives: a hamlet, or a residential group or street in a ward. */
    static String hamlet(Random r, Place place, boolean urban) {
        if (urban) {
            return r.nextBoolean() ? neighbourhood(r) : "số " + (1 + r.nextInt(300)) + " đường " + pick(r, STREETS);
        }
        return ruralHamlet(r, place);
    }

    /** Where a matter happens: a hamlet, or a residential group in a ward (not a house number). */
    static String matterHamlet(Random r, Place place, boolean urban) {
        return urban ? neighbourhood(r) : ruralHamlet(r, place);
    }

    private static String neighbourhood(Random r) {
        return r.nextInt(3) == 0 ? "khu phố " + (1 + r.nextInt(12)) : "tổ dân phố số " + (1 + r.nextInt(25));
    }

    private static String ruralHamlet(Random r, Place place) {
        String type = place.south() ? "ấp" : pick(r, HAMLETS_NORTH);
        return r.nextInt(3) == 0 ? type + " " + (1 + r.nextInt(12)) : type + " " + pick(r, HAMLET_NAMES);
    }

    private static final String[] STREETS = {"Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng",
        "Quang Trung", "Lý Thường Kiệt", "Nguyễn Du", "Phan Chu Trinh", "Hùng Vương", "Lê Duẩn", "Bạch Đằng",
        "Nguyễn Văn Cừ", "Võ Thị Sáu", "Điện Biên Phủ"};

    /** "0912 345 678", "0912.345.678" or "0912345678": people write numbers all three ways. */
    static String formatPhone(Random r, String phone) {
        return switch (r.nextInt(3)) {
            case 0 -> phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
            case 1 -> phone.substring(0, 4) + "." + phone.substring(4, 7) + "." + phone.substring(7);
            default -> phone;
        };
    }

    static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }
}
