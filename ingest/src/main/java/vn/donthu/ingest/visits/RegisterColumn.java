package vn.donthu.ingest.visits;

import java.util.List;
import java.util.Locale;
import vn.donthu.analysis.VietnameseFolder;

/**
 * The columns of a reception register (sổ tiếp công dân) and the headers that name them, compared
 * without diacritics, case, punctuation or a note in parentheses, so "Họ và tên", "HỌ VÀ TÊN" and
 * "Ho va ten (người đến)" are one column. A header names a column when it is one of these or starts
 * with one ("Nội dung vụ việc tóm tắt"). README.md lists them.
 */
enum RegisterColumn {
    // Longer names first where one starts with another ("so nguoi" before "so").
    DATE("ngay tiep", "ngay tiep cong dan", "ngay thang nam", "ngay thang", "thoi gian tiep", "thoi gian", "ngay"),
    NAMES("ho va ten", "ho ten", "nguoi den", "ten nguoi den", "cong dan den", "ho ten cong dan", "ho va ten cong dan", "nguoi dai dien"),
    PEOPLE("so nguoi", "so luong nguoi", "so luong", "so cong dan"),
    GROUP("doan dong nguoi", "dong nguoi", "doan dong"),
    ADDRESS("dia chi", "noi cu tru", "noi o", "dia phuong", "cu tru tai"),
    CONTENT("noi dung", "tom tat noi dung", "noi dung vu viec", "noi dung tiep", "noi dung yeu cau", "vu viec"),
    KIND("phan loai", "loai vu viec", "loai don", "loai", "tinh chat"),
    RECEIVED_BY("can bo tiep", "nguoi tiep", "can bo tiep dan", "co quan tiep", "don vi tiep", "lanh dao tiep", "nguoi chu tri"),
    OUTCOME("ket qua xu ly", "huong xu ly", "ket qua giai quyet", "ket qua tiep", "ket qua", "xu ly");

    private final List<String> names;

    RegisterColumn(String... names) {
        this.names = List.of(names);
    }

    List<String> names() {
        return names;
    }

    /** The column a header names, or null (STT, Ghi chú, ... are not read). */
    static RegisterColumn of(String header) {
        String key = key(header);
        if (key.isEmpty() || key.startsWith("ngay sinh") || key.startsWith("nam sinh")) {
            return null;
        }
        RegisterColumn best = null;
        int bestLength = 0;
        for (RegisterColumn column : values()) {
            for (String name : column.names) {
                boolean matches = key.equals(name) || key.startsWith(name + " ");
                if (matches && name.length() > bestLength) {
                    best = column;
                    bestLength = name.length();
                }
            }
        }
        return best;
    }

    static String key(String header) {
        String folded = VietnameseFolder.fold(header.replaceAll("\\(.*?\\)", " ")).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
