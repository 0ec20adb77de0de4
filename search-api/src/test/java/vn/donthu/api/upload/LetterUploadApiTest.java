package vn.donthu.api.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.ApiClient;
import vn.donthu.api.ApiClient.Answer;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.access.Role;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.index.IndexNames;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

/** Clerks upload files through the API; each comes back with what became of it. */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterUploadApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("upload");

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("donthu.elasticsearch.url", () -> TestElasticsearch.url().toString());
        registry.add("donthu.index.prefix", names::prefix);
        registry.add("donthu.index.replicas", () -> "0");
        registry.add("donthu.data-dir", () -> dataDir.toString());
        registry.add("donthu.upload.max-files", () -> "3");
        registry.add("spring.servlet.multipart.max-file-size", () -> "500KB");
    }

    @BeforeEach
    void accounts() {
        ApiClient.ensureAccount(users, "clerk", Role.CLERK);
        ApiClient.ensureAccount(users, "inspector", Role.INSPECTOR);
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void eachUploadedFileIsIndexedOrReportedWithItsReason() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Đơn tố cáo.docx", Files.readAllBytes(SampleLetters.file("to-cao-pho-chu-tich-xa-hoa-tien-2022.docx")));
        files.put("don-khieu-nai.txt", "Tôi khiếu nại quyết định thu hồi đất số 15/QĐ-UBND.".getBytes(StandardCharsets.UTF_8));
        files.put("rong.pdf", new byte[0]);

        Answer response = upload("clerk", files);

        assertThat(response.status()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("indexed").asInt()).isEqualTo(2);
        assertThat(result.get("failed").asInt()).isEqualTo(1);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        result.get("outcomes").forEach(o -> byName.put(o.get("name").asText(), o));
        assertThat(byName.get("Đơn tố cáo.docx").get("status").asText()).isEqualTo("indexed");
        assertThat(byName.get("rong.pdf").get("detail").asText()).isEqualTo("empty file (0 bytes)");
        String stored = byName.get("don-khieu-nai.txt").get("stored_at").asText();
        assertThat(Path.of(stored)).startsWith(dataDir.resolve("uploads")).exists();

        JsonNode again = upload("clerk", Map.of("ban-sao.docx", files.get("Đơn tố cáo.docx"))).json();

        assertThat(again.get("outcomes").get(0).get("status").asText()).isEqualTo("duplicate");
        assertThat(again.get("outcomes").get(0).get("letter_id").asText())
                .isEqualTo(byName.get("Đơn tố cáo.docx").get("letter_id").asText());
    }

    @Test
    void tooManyFilesAnswer400AndTooLargeAFileAnswers413AsProblemDetails() throws Exception {
        Map<String, byte[]> four = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            four.put("don-" + i + ".txt", ("Đơn kiến nghị số " + i).getBytes(StandardCharsets.UTF_8));
        }
        Answer tooMany = upload("clerk", four);
        Answer tooLarge = upload("clerk", Map.of("scan.jpg",
                Files.readAllBytes(SampleLetters.file("khieu-nai-boi-thuong-thu-hoi-dat-2022.jpg"))));
        Answer none = upload("clerk", Map.of());

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).isEqualTo("application/problem+json");
        assertThat(tooMany.json().get("detail").asText()).startsWith("4 files in one upload; at most 3");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("title").asText()).isEqualTo("Upload too large");
        assertThat(none.status()).isEqualTo(400);
    }

    @Test
    void onlyClerksAndAdminsMayUpload() throws Exception {
        Map<String, byte[]> file = Map.of("don.txt", "Đơn kiến nghị về đường giao thông nông thôn.".getBytes(StandardCharsets.UTF_8));

        assertThat(upload("inspector", file).status()).isEqualTo(403);
        assertThat(upload(null, file).status()).isEqualTo(401);
    }

    private Answer upload(String username, Map<String, byte[]> files) throws Exception {
        String boundary = "ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ApiClient(port, username).post("/api/letters/upload", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }
}
