package vn.donthu.ingest.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.donthu.letter.LetterDetails.Recipient;
import vn.donthu.letter.RecipientLevel;

/**
 * The bodies a letter is addressed to, named as they were on the letter's date: the district level
 * exists only before 2025-07-01, and its place is named after the old units.
 */
final class Recipients {

    static final String GOVERNMENT = "chinh_quyen";
    static final String PARTY = "dang";
    static final String NATIONAL_ASSEMBLY = "quoc_hoi";
    static final String COUNCIL = "hdnd";
    static final String INSPECTORATE = "thanh_tra";
    static final String COURT = "toa_an";
    static final String PROCURACY = "vien_kiem_sat";

    private Recipients() {}

    /** A body at {@code level} fitting the matter's subject. */
    static Recipient pick(Random r, RecipientLevel level, Matter m, LocalDate date) {
        List<Recipient> options = options(level, m, date);
        return options.get(r.nextInt(options.size()));
    }

    static List<Recipient> options(RecipientLevel level, Matter m, LocalDate date) {
        boolean old = date.isBefore(CorpusGenerator.REORGANISATION);
        Place p = m.place();
        String subject = m.topic().subjectField();
        List<Recipient> list = new ArrayList<>();
        switch (level) {
            case XA -> {
                String unit = old || p.newCommune() == null ? p.commune().full() : p.newCommune().full();
                add(list, level, GOVERNMENT, "Chủ tịch Ủy ban nhân dân " + unit, "Ủy ban nhân dân " + unit,
                        "Chủ tịch UBND " + unit);
                if (subject.equals("dang")) {
                    add(list, level, PARTY, "Đảng ủy " + unit, "Ban Thường vụ Đảng ủy " + unit);
                }
            }
            case HUYEN -> {
                String unit = p.district().full();
                add(list, level, GOVERNMENT, "Chủ tịch Ủy ban nhân dân " + unit, "Ủy ban nhân dân " + unit,
                        "Ban Tiếp công dân " + unit, "Chủ tịch UBND " + unit);
                add(list, level, INSPECTORATE, "Thanh tra " + unit);
                add(list, level, COUNCIL, "Hội đồng nhân dân " + unit);
                add(list, level, PARTY, partyCommittee(p.district()) + " " + p.district().name());
                if (subject.equals("tu_phap")) {
                    add(list, level, COURT, "Tòa án nhân dân " + unit);
                    add(list, level, PROCURACY, "Viện Kiểm sát nhân dân " + unit);
                }
                if (subject.equals("dang")) {
                    add(list, level, PARTY, "Ủy ban Kiểm tra " + partyCommittee(p.district()) + " " + p.district().name());
                }
            }
            case TINH -> {
                Place.Unit province = old ? p.oldProvince() : p.newProvince();
                String unit = province.full();
                add(list, level, GOVERNMENT, "Chủ tịch Ủy ban nhân dân " + unit, "Ủy ban nhân dân " + unit,
                        "Ban Tiếp công dân " + unit, "Chủ tịch UBND " + unit);
                add(list, level, INSPECTORATE, "Thanh tra " + unit);
                add(list, level, NATIONAL_ASSEMBLY, "Đoàn Đại biểu Quốc hội " + unit);
                add(list, level, COUNCIL, "Thường trực Hội đồng nhân dân " + unit);
                add(list, level, PARTY, (province.type().equals("tỉnh") ? "Tỉnh ủy " : "Thành ủy ") + province.name());
                if (subject.equals("tu_phap")) {
                    add(list, level, COURT, "Chánh án Tòa án nhân dân " + unit);
                    add(list, level, PROCURACY, "Viện trưởng Viện Kiểm sát nhân dân " + unit);
                }
            }
            case TRUNG_UONG -> {
                add(list, level, GOVERNMENT, "Ban Tiếp công dân Trung ương", "Thủ tướng Chính phủ");
                add(list, level, INSPECTORATE, "Tổng Thanh tra Chính phủ");
                add(list, level, NATIONAL_ASSEMBLY, date.isBefore(LocalDate.of(2025, 3, 1))
                        ? "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội" : "Ban Dân nguyện và Giám sát của Quốc hội");
                add(list, level, PARTY, "Ủy ban Kiểm tra Trung ương");
                if (subject.equals("tu_phap")) {
                    add(list, level, COURT, "Chánh án Tòa án nhân dân tối cao");
                    add(list, level, PROCURACY, "Viện trưởng Viện Kiểm sát nhân dân tối cao");
                }
            }
            default -> throw new AssertionError(level);
        }
        return list;
    }

    /** Huyện ủy, Quận ủy, Thị ủy or Thành ủy, after the type of the district. */
    static String partyCommittee(Place.Unit district) {
        return switch (district.type()) {
            case "quận" -> "Quận ủy";
            case "thị xã" -> "Thị ủy";
            case "thành phố" -> "Thành ủy";
            default -> "Huyện ủy";
        };
    }

    private static void add(List<Recipient> list, RecipientLevel level, String branch, String... names) {
        for (String name : names) {
            list.add(new Recipient(name, level, branch));
        }
    }
}
