package vn.donthu.ingest.visits;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexMigrator;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSchema;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.report.FileOutcome;
import vn.donthu.ingest.report.IngestReport;
import vn.donthu.testing.TestElasticsearch;
import vn.donthu.visit.Visit;

/** Reception registers (sổ tiếp công dân) become visit records; unreadable rows are reported by number. */
class RegisterIngestTest {

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("register");

    RegisterIngestTest() {
        new IndexMigrator(client, names, IndexSchema.named("visits"), 0).migrate();
    }

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void anXlsxRegisterWithATitleAboveItsHeaderBecomesVisits(@TempDir Path folder) throws Exception {
        Path xlsx = folder.resolve("so-tiep-cong-dan-2023.xlsx");
        Files.write(xlsx, workbook(new XSSFWorkbook(), List.of(
                List.of("SỔ TIẾP CÔNG DÂN NĂM 2023"),
                List.of(),
                List.of("STT", "Ngày tiếp", "Họ và tên", "Địa chỉ", "Số người", "Nội dung vụ việc (tóm tắt)", "Phân loại",
                        "Cán bộ tiếp", "Kết quả xử lý"),
                List.of("1", LocalDate.of(2023, 3, 14), "Nguyễn Văn An, Trần Thị Bình", "xã Tân Đức, huyện Phú Bình", "2",
                        "Khiếu nại việc bồi thường khi thu hồi đất", "Khiếu nại", "Lê Văn Cường", "Hướng dẫn gửi đơn đến UBND huyện"),
                List.of("2", "15/03/2023", "Đoàn công dân thôn Đông", "xã Hòa Tiến", "12",
                        "Phản ánh ô nhiễm môi trường của nhà máy gạch", "Phản ánh", "Lê Văn Cường", "Chuyển Sở Tài nguyên và Môi trường"),
                List.of(),
                List.of("3", "không rõ", "Phạm Thị Dung", "", "1", "Hỏi về chế độ người có công", "", "", ""))));

        IngestReport report = ingest(folder);

        assertThat(report.indexedFiles()).extracting(FileOutcome::path).containsExactly(xlsx.toString());
        assertThat(report.failedFiles()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(xlsx + " (row 7)");
            assertThat(f.detail()).isEqualTo("'không rõ' is not a date (day/month/year)");
        });
        List<Visit> visits = visits();
        assertThat(visits).hasSize(2);
        Visit first = visits.get(0);
        assertThat(first.visitDate()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(first.visitorNames()).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(first.peopleCount()).isEqualTo(2);
        assertThat(first.crowded()).isFalse();
        assertThat(first.content()).isEqualTo("Khiếu nại việc bồi thường khi thu hồi đất");
        assertThat(first.kind()).isEqualTo("Khiếu nại");
        assertThat(first.receivedBy()).isEqualTo("Lê Văn Cường");
        assertThat(first.outcome()).isEqualTo("Hướng dẫn gửi đơn đến UBND huyện");
        assertThat(first.sourceRow()).isEqualTo(4);
        assertThat(visits.get(1).crowded()).isTrue();
        assertThat(visits.get(1).visitDate()).isEqualTo(LocalDate.of(2023, 3, 15));

        ingest(folder);

        assertThat(visits()).hasSize(2);
    }

    @Test
    void xlsAndCsvRegistersWithHeadersTypedWithoutDiacriticsAreRecognised(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("so-tiep.xls"), workbook(new HSSFWorkbook(), List.of(
                List.of("Ngay tiep", "Ho ten", "Noi dung", "Doan dong nguoi", "Ket qua"),
                List.of("02/01/2024", "Bùi Thị Lan", "Kiến nghị sửa đường liên xã", "x", "Tiếp nhận đơn"))));
        Files.writeString(folder.resolve("so-tiep.csv"), "\uFEFFNGÀY TIẾP;HỌ VÀ TÊN;ĐỊA CHỈ;NỘI DUNG\r\n"
                + "03/01/2024;Đỗ Văn Minh;\"phường Mai Dịch; quận Cầu Giấy\";Tố cáo xây dựng trái phép\r\n", StandardCharsets.UTF_8);

        IngestReport report = ingest(folder);

        assertThat(report.failedFiles()).isEmpty();
        List<Visit> visits = visits();
        assertThat(visits).extracting(Visit::visitorNames).containsExactly(List.of("Bùi Thị Lan"), List.of("Đỗ Văn Minh"));
        assertThat(visits.get(0).crowded()).isTrue();
        assertThat(visits.get(1).address()).isEqualTo("phường Mai Dịch; quận Cầu Giấy");
        assertThat(client.count(c -> c.index(names.lettersAlias())).count()).isZero();
    }

    @Test
    void aSpreadsheetThatIsNoRegisterFailsWithItsReason(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("bang-luong.xlsx"), workbook(new XSSFWorkbook(), List.of(List.of("Tháng", "Lương"), List.of("1", "100"))));

        IngestReport report = ingest(folder);

        assertThat(report.failedFiles()).singleElement().extracting(FileOutcome::detail).asString()
                .startsWith("a spreadsheet without the column headers of a reception register");
    }

    private static byte[] workbook(Workbook workbook, List<List<Object>> rows) throws Exception {
        try (workbook) {
            Sheet sheet = workbook.createSheet("Sổ tiếp");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private IngestReport ingest(Path folder) throws Exception {
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "2")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            IngestReport report = ingester.ingest(List.of(folder), new PrintStream(OutputStream.nullOutputStream()), false);
            client.indices().refresh(r -> r.index(names.alias("visits")));
            return report;
        }
    }

    private List<Visit> visits() throws Exception {
        return client.search(s -> s.index(names.alias("visits")).size(100)
                        .sort(o -> o.field(f -> f.field("visit_date").order(SortOrder.Asc))), Visit.class)
                .hits().hits().stream().map(h -> h.source()).toList();
    }
}
