package vn.donthu.ingest.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simple Vietnamese petition letters for benchmarks, deterministic by seed: each one different (so
 * none is a duplicate of another), written in turn as DOCX, text PDF and UTF-8 text.
 */
public final class GeneratedLetters {

    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Đức", "Vũ Thị Hoa", "Đặng Văn Hùng", "Bùi Thị Lan", "Đỗ Văn Minh", "Ngô Thị Nga"};
    private static final String[] PLACES = {"xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên",
            "phường Mai Dịch, quận Cầu Giấy, thành phố Hà Nội", "xã Hòa Tiến, huyện Hòa Vang, thành phố Đà Nẵng",
            "thị trấn Đức Hòa, huyện Đức Hòa, tỉnh Long An", "xã Quảng Phú, huyện Quảng Xương, tỉnh Thanh Hóa"};
    private static final String[] KINDS = {"KHIẾU NẠI", "TỐ CÁO", "KIẾN NGHỊ", "PHẢN ÁNH"};
    private static final String[] SUBJECTS = {"việc bồi thường, hỗ trợ khi Nhà nước thu hồi đất",
            "việc cấp giấy chứng nhận quyền sử dụng đất", "việc xây dựng công trình trái phép",
            "việc ô nhiễm môi trường của cơ sở sản xuất", "việc chi trả trợ cấp người có công"};

    private GeneratedLetters() {
    }

    /** The text of letter {@code number}. */
    public static String text(int number, Random random) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String kind = KINDS[random.nextInt(KINDS.length)];
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        int day = 1 + random.nextInt(28);
        int month = 1 + random.nextInt(12);
        int year = 2018 + random.nextInt(7);
        return """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                %s, ngày %d tháng %d năm %d

                ĐƠN %s
                (V/v %s)

                Kính gửi: Ủy ban nhân dân %s

                Tôi tên là %s, sinh năm %d, cư trú tại %s.
                Tôi làm đơn này %s về %s theo Quyết định số %d/QĐ-UBND ngày %d/%d/%d.
                Đến nay sự việc chưa được giải quyết, gia đình tôi rất bức xúc.
                Kính đề nghị quý cơ quan xem xét, giải quyết dứt điểm. Hồ sơ số %d.

                Người làm đơn
                (Ký, ghi rõ họ tên)
                %s
                """.formatted(place.substring(place.lastIndexOf(' ') + 1), day, month, year, kind, subject,
                place.substring(place.indexOf(", ") + 2), name, 1950 + random.nextInt(50), place,
                kind.toLowerCase(java.util.Locale.ROOT), subject, 100 + random.nextInt(9900), day, month, year, number, name);
    }

    /** Writes {@code count} letters into {@code folder}, DOCX, PDF and TXT in turn; returns their paths. */
    public static List<Path> write(int count, long seed, Path folder) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        FontFiles fonts = FontFiles.find();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "don-%06d".formatted(i);
            String text = text(i, random);
            SampleLetter letter = new SampleLetter(name, text, SampleLetter.layout(text));
            Path target;
            switch (i % 3) {
                case 0 -> {
                    target = folder.resolve(name + ".docx");
                    DocxWriter.write(letter, target);
                }
                case 1 -> {
                    target = folder.resolve(name + ".pdf");
                    TextPdfWriter.write(letter, fonts, target);
                }
                default -> target = Files.writeString(folder.resolve(name + ".txt"), letter.text());
            }
            written.add(target);
        }
        return written;
    }
}
