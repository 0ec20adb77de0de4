package vn.donthu.api.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.DonthuApplication;
import vn.donthu.index.IndexNames;
import vn.donthu.index.Json;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

/** Clerks upload files through the API; each comes back with what became of it. */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterUploadApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("upload");
    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("donthu.elasticsearch.url", () -> TestElasticsearch.url().toString());
        registry.add("donthu.index.prefix", names::prefix);
        registry.add("donthu.index.replicas", () -> "0");
        registry.add("donthu.data-dir", () -> dataDir.toString());
        registry.add("donthu.upload.max-files", () -> "3");
        registry.add("spring.servlet.multipart.max-file-size", () -> "500KB");
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

        HttpResponse<String> response = upload(files);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = Json.mapper().readTree(response.body());
        assertThat(result.get("indexed").asInt()).isEqualTo(2);
        assertThat(result.get("failed").asInt()).isEqualTo(1);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        result.get("outcomes").forEach(o -> byName.put(o.get("name").asText(), o));
        assertThat(byName.get("Đơn tố cáo.docx").get("status").asText()).isEqualTo("indexed");
        assertThat(byName.get("rong.pdf").get("detail").asText()).isEqualTo("empty file (0 bytes)");
        String stored = byName.get("don-khieu-nai.txt").get("stored_at").asText();
        assertThat(Path.of(stored)).startsWith(dataDir.resolve("uploads")).exists();

        JsonNode again = Json.mapper().readTree(upload(Map.of("ban-sao.docx", files.get("Đơn tố cáo.docx"))).body());

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
        HttpResponse<String> tooMany = upload(four);
        HttpResponse<String> tooLarge = upload(Map.of("scan.jpg",
                Files.readAllBytes(SampleLetters.file("khieu-nai-boi-thuong-thu-hoi-dat-2022.jpg"))));
        HttpResponse<String> none = upload(Map.of());

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(tooMany.body()).get("detail").asText()).startsWith("4 files in one upload; at most 3");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Json.mapper().readTree(tooLarge.body()).get("title").asText()).isEqualTo("Upload too large");
        assertThat(none.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> upload(Map<String, byte[]> files) throws Exception {
        String boundary = "ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/letters/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
