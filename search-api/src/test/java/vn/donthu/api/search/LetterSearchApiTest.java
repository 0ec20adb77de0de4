package vn.donthu.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.ApiClient;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.access.Role;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.index.Json;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.testing.SampleLetters;
import vn.donthu.testing.TestElasticsearch;

/** The search API over the real sample letters (scans OCRed by Tesseract) in a real Elasticsearch. */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LetterSearchApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("api");

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    /** A reader who may see identities: these tests are about matching the full text, not about masking it. */
    private ApiClient reader;

    @BeforeEach
    void signIn() {
        ApiClient.ensureAccount(users, "reader", Role.INSPECTOR, Role.IDENTITY_READER);
        reader = new ApiClient(port, "reader");
    }

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiClient.useTestIndices(registry, names);
    }

    /** Two short letters that write the same things differently: long form vs abbreviation, hòa vs hoà. */
    @TempDir
    static Path spellings;

    @BeforeAll
    static void ingestSamples() throws Exception {
        ElasticsearchClient client = TestElasticsearch.client();
        new vn.donthu.index.IndexSettings(names, 0).prepare(client);
        Files.writeString(spellings.resolve("dai-dien-tan-duc.txt"),
                "Kính gửi Ủy ban nhân dân xã Tân Đức. Đề nghị hòa giải tranh chấp về công trình thủy lợi của thôn.");
        Files.writeString(spellings.resolve("ho-dan-hoa-vang.txt"),
                "Kính gửi UBND huyện Hòa Vang. Đề nghị hoà giải việc mương thuỷ lợi bị lấp, quí cơ quan xem xét.");
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "2")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            ingester.ingest(List.of(SampleLetters.folder(), spellings), new PrintStream(OutputStream.nullOutputStream()), false);
        }
        client.indices().refresh(r -> r.index(names.lettersAlias()));
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void typedWithoutDiacriticsTheQueryFindsEveryComplaintWithHighlightedSnippets() throws Exception {
        JsonNode result = get("/api/letters/search?q=" + encode("khieu nai")).body();

        assertThat(fileNames(result)).containsExactlyInAnyOrder(
                "khieu-nai-boi-thuong-thu-hoi-dat-2021.txt",
                "khieu-nai-boi-thuong-thu-hoi-dat-2022.jpg",
                "khieu-nai-tro-cap-nguoi-co-cong-2022.png");
        for (JsonNode hit : result.get("hits")) {
            // Marked word by word, or as one phrase where the words stand together.
            assertThat(hit.get("snippets").get(0).get("html").asText())
                    .containsPattern("(?iu)<mark>khiếu</mark> <mark>nại</mark>|<mark>khiếu nại</mark>");
        }
    }

    @Test
    void aScanIsFoundByWordsThatOnlyOcrCouldRead() throws Exception {
        JsonNode result = get("/api/letters/search?q=" + encode("cuu chien binh Quang Tri")).body();

        assertThat(fileNames(result)).containsExactly("khieu-nai-tro-cap-nguoi-co-cong-2022.png");
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("extraction_method").asText()).isEqualTo("OCR");
        assertThat(hit.get("ocr_confidence").asDouble()).isGreaterThan(70);
    }

    @Test
    void exactDiacriticsRankAboveFoldedLookAlikes() throws Exception {
        // "hòa" also folds to "hoa", which stands in other letters (Hoằng Hóa, Đức Hòa, hóa học).
        JsonNode result = get("/api/letters/search?q=" + encode("Hòa Tiến")).body();

        assertThat(result.get("hits").get(0).get("file_name").asText()).isEqualTo("to-cao-pho-chu-tich-xa-hoa-tien-2022.docx");
    }

    @Test
    void phrasesAndExclusionsNarrowTheResults() throws Exception {
        List<String> all = fileNames(get("/api/letters/search?q=" + encode("thu hoi dat")).body());
        List<String> phrase = fileNames(get("/api/letters/search?q=" + encode("\"thu hồi đất\" -bồi")).body());

        assertThat(all).contains("khieu-nai-boi-thuong-thu-hoi-dat-2021.txt");
        assertThat(phrase).doesNotContain("khieu-nai-boi-thuong-thu-hoi-dat-2021.txt", "khieu-nai-boi-thuong-thu-hoi-dat-2022.jpg");
    }

    @Test
    void anAbbreviationFindsTheLongFormAndTheLongFormFindsTheAbbreviation() throws Exception {
        // Each letter has only the other form, so being found proves the expansion.
        assertThat(fileNames(get("/api/letters/search?q=" + encode("UBND xã Tân Đức")).body())).contains("dai-dien-tan-duc.txt");
        assertThat(fileNames(get("/api/letters/search?q=" + encode("Ủy ban nhân dân huyện Hòa Vang")).body()))
                .contains("ho-dan-hoa-vang.txt");
        assertThat(fileNames(get("/api/letters/search?q=" + encode("X. Tân Đức")).body())).contains("dai-dien-tan-duc.txt");
        assertThat(fileNames(get("/api/letters/search?q=" + encode("x tân đức")).body())).doesNotContain("dai-dien-tan-duc.txt");
    }

    @Test
    void bothTonePlacementsAndBothIYSpellingsFindEachOther() throws Exception {
        for (String query : List.of("hoà giải thuỷ lợi", "hòa giải thủy lợi", "hoa giai thuy loi")) {
            assertThat(fileNames(get("/api/letters/search?q=" + encode(query)).body())).as(query)
                    .contains("dai-dien-tan-duc.txt", "ho-dan-hoa-vang.txt");
        }
        assertThat(fileNames(get("/api/letters/search?q=" + encode("quý cơ quan")).body())).contains("ho-dan-hoa-vang.txt");
    }

    @Test
    void anExclusionTypedWithoutDiacriticsExcludesEverySpelling() throws Exception {
        assertThat(fileNames(get("/api/letters/search?q=" + encode("hòa giải -thuy")).body()))
                .doesNotContain("dai-dien-tan-duc.txt", "ho-dan-hoa-vang.txt");
        assertThat(fileNames(get("/api/letters/search?q=" + encode("hòa giải -thôn")).body()))
                .contains("ho-dan-hoa-vang.txt").doesNotContain("dai-dien-tan-duc.txt");
    }

    @Test
    void theTextOfAHitCanBeReadAsStored() throws Exception {
        JsonNode hit = get("/api/letters/search?q=" + encode("cuu chien binh Quang Tri")).body().get("hits").get(0);
        ApiClient.Answer text = reader.get("/api/letters/" + hit.get("id").asText() + "/text");

        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(text.text()).contains("ĐƠN KHIẾU NẠI", "cựu chiến binh");
        assertThat(get("/api/letters/" + "0".repeat(64) + "/text").status()).isEqualTo(404);
        assertThat(get("/api/letters/not-an-id/text").status()).isEqualTo(400);
    }

    @Test
    void aMissingOrOverlongQueryIsABadRequestThatSaysWhy() throws Exception {
        Answer missing = get("/api/letters/search");
        Answer blank = get("/api/letters/search?q=" + encode("   "));
        Answer longQuery = get("/api/letters/search?q=" + "a".repeat(LetterSearchController.MAX_QUERY_CHARS + 1));
        Answer badPage = get("/api/letters/search?q=dat&page=abc");
        Answer onlyExclusions = get("/api/letters/search?q=" + encode("-đất -\"thu hồi\""));

        for (Answer response : List.of(missing, blank, longQuery, badPage, onlyExclusions)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().get("detail").asText()).isNotBlank();
        }
        assertThat(missing.body().get("detail").asText()).contains("'q'");
        assertThat(badPage.body().get("detail").asText()).contains("'page'");
    }

    @Test
    void unbalancedQuerySyntaxStillAnswers() throws Exception {
        Answer response = get("/api/letters/search?q=" + encode("\"khiếu nại (đất -"));

        assertThat(response.status()).isEqualTo(200);
    }

    private record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer get(String path) {
        ApiClient.Answer answer = reader.get(path);
        return new Answer(answer.status(), answer.contentType(), answer.json());
    }

    private static List<String> fileNames(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.get("hits").forEach(hit -> names.add(hit.get("file_name").asText()));
        return names;
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
