package vn.donthu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.report.FileOutcome;
import vn.donthu.ingest.report.IngestReport;
import vn.donthu.letter.ContentHash;
import vn.donthu.letter.Letter;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

/** An e-mail (EML or Outlook MSG) is a letter, and each of its attachments a letter of its own, linked to the message. */
class MessageIngestTest {

    private static final String DOCX = "to-cao-pho-chu-tich-xa-hoa-tien-2022.docx";
    private static final String PNG = "khieu-nai-tro-cap-nguoi-co-cong-2022.png";

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("message");

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void theBodyAndEveryAttachmentAreIndexedAndLinked(@TempDir Path folder) throws Exception {
        Path eml = folder.resolve("thu-dien-tu.eml");
        Files.write(eml, message(
                "Kính gửi Ban tiếp công dân tỉnh,\r\nTôi gửi kèm đơn tố cáo và bản chụp quyết định trợ cấp.\r\nNguyễn Văn An",
                Map.of(DOCX, SampleLetters.file(DOCX), PNG, SampleLetters.file(PNG))));

        IngestReport report = ingest(folder);

        assertThat(report.failedFiles()).isEmpty();
        assertThat(report.indexedFiles()).extracting(FileOutcome::path).containsExactlyInAnyOrder(
                eml.toString(), eml + "!/" + DOCX, eml + "!/" + PNG);
        String messageId = ContentHash.of(eml);
        String docxId = ContentHash.of(SampleLetters.file(DOCX));
        String pngId = ContentHash.of(SampleLetters.file(PNG));
        Letter message = letter(messageId);
        assertThat(message.mediaType()).isEqualTo("message/rfc822");
        assertThat(message.text()).contains("Subject: Đơn tố cáo và khiếu nại", "Tôi gửi kèm đơn tố cáo và bản chụp quyết định trợ cấp.");
        assertThat(message.attachmentIds()).containsExactlyInAnyOrder(docxId, pngId);
        Letter docx = letter(docxId);
        assertThat(docx.parentId()).isEqualTo(messageId);
        assertThat(docx.fileName()).isEqualTo(DOCX);
        assertThat(docx.text()).contains("ĐƠN TỐ CÁO");
        assertThat(letter(pngId).text()).contains("ĐƠN KHIẾU NẠI");

        IngestReport again = ingest(folder);

        assertThat(again.alreadyIndexed()).isEqualTo(3);
        assertThat(client.count(c -> c.index(names.lettersAlias())).count()).isEqualTo(3);
    }

    @Test
    void anOutlookMessageIsALetterAndItsAttachmentAnotherLinkedToIt(@TempDir Path folder) throws Exception {
        String subject = "Đơn khiếu nại về việc thu hồi đất ở thôn Đông";
        String body = "Kính gửi Ủy ban nhân dân huyện,\r\nGia đình tôi chưa được bồi thường khi thu hồi đất năm 2021.\r\nTrần Thị Bình";
        String attachmentName = "đơn khiếu nại.docx";
        Path msg = folder.resolve("thu-outlook.msg");
        Files.write(msg, OutlookMessageFile.of("Trần Thị Bình", subject, body,
                Map.of(attachmentName, Files.readAllBytes(SampleLetters.file(DOCX)))));
        // The file is a real Outlook message to POI's own reader and to Tika's detector, not only to the ingester.
        try (MAPIMessage outlook = new MAPIMessage(msg.toFile())) {
            assertThat(outlook.getSubject()).isEqualTo(subject);
            assertThat(outlook.getAttachmentFiles()).hasSize(1);
        }
        try (TikaInputStream in = TikaInputStream.get(msg)) {
            assertThat(new DefaultDetector().detect(in, new Metadata())).hasToString("application/vnd.ms-outlook");
        }

        IngestReport report = ingest(folder);

        assertThat(report.failedFiles()).isEmpty();
        assertThat(report.indexedFiles()).extracting(FileOutcome::path).containsExactlyInAnyOrder(
                msg.toString(), msg + "!/" + attachmentName);
        String messageId = ContentHash.of(msg);
        String docxId = ContentHash.of(SampleLetters.file(DOCX));
        Letter message = letter(messageId);
        assertThat(message.mediaType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(message.text()).contains("From: Trần Thị Bình", "Subject: " + subject, "Gia đình tôi chưa được bồi thường khi thu hồi đất năm 2021.");
        assertThat(message.attachmentIds()).containsExactly(docxId);
        Letter docx = letter(docxId);
        assertThat(docx.parentId()).isEqualTo(messageId);
        assertThat(docx.fileName()).isEqualTo(attachmentName);
        assertThat(docx.text()).contains("ĐƠN TỐ CÁO");

        IngestReport again = ingest(folder);

        assertThat(again.alreadyIndexed()).isEqualTo(2);
        assertThat(client.count(c -> c.index(names.lettersAlias())).count()).isEqualTo(2);
    }

    @Test
    void anAttachmentAlreadyIndexedFromAFolderIsADuplicate(@TempDir Path folder) throws Exception {
        Path loose = Files.copy(SampleLetters.file(DOCX), folder.resolve("a-don.docx"));
        Path eml = folder.resolve("b-thu.eml");
        Files.write(eml, message("Gửi lại đơn.", Map.of(DOCX, SampleLetters.file(DOCX))));

        IngestReport report = ingest(folder);

        assertThat(report.indexedFiles()).extracting(FileOutcome::path).containsExactlyInAnyOrder(loose.toString(), eml.toString());
        assertThat(report.duplicateFiles()).extracting(FileOutcome::path).containsExactly(eml + "!/" + DOCX);
    }

    /** A MIME message as a mail client writes it: encoded-word subject, base64 body and attachments. */
    private static byte[] message(String body, Map<String, Path> attachments) throws Exception {
        StringBuilder mime = new StringBuilder();
        mime.append("From: =?UTF-8?B?").append(base64("Nguyễn Văn An")).append("?= <an.nguyen@example.vn>\r\n")
                .append("To: tiepcongdan@example.gov.vn\r\n")
                .append("Subject: =?UTF-8?B?").append(base64("Đơn tố cáo và khiếu nại")).append("?=\r\n")
                .append("Date: Mon, 14 Mar 2022 09:30:00 +0700\r\n")
                .append("Message-ID: <don-2022-03-14@example.vn>\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"ranh-gioi\"\r\n\r\n")
                .append("--ranh-gioi\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (Map.Entry<String, Path> attachment : attachments.entrySet()) {
            mime.append("--ranh-gioi\r\nContent-Type: application/octet-stream; name=\"").append(attachment.getKey()).append("\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(attachment.getKey()).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(Files.readAllBytes(attachment.getValue()))).append("\r\n");
        }
        mime.append("--ranh-gioi--\r\n");
        return mime.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private IngestReport ingest(Path folder) throws Exception {
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "2")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            IngestReport report = ingester.ingest(List.of(folder), new PrintStream(new ByteArrayOutputStream()), false);
            client.indices().refresh(r -> r.index(names.lettersAlias()));
            return report;
        }
    }

    private Letter letter(String id) throws Exception {
        return client.get(g -> g.index(names.lettersAlias()).id(id), Letter.class).source();
    }
}
