package vn.donthu.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.donthu.api.ApiClient.encode;
import static vn.donthu.api.ApiClient.ids;
import static vn.donthu.api.PetitionLetters.COMPLAINANT;
import static vn.donthu.api.PetitionLetters.DENOUNCER;
import static vn.donthu.api.PetitionLetters.DENOUNCER_CCCD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.ApiClient;
import vn.donthu.api.ApiClient.Answer;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.PetitionLetters;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.index.IndexNames;
import vn.donthu.testing.TestElasticsearch;

/**
 * Each access rule of README.md ("Access") proved through real requests: a denouncer's name, identity
 * number and address reach nobody without the identity authority, by any endpoint; what is disclosed
 * to those who have it is audited; the audit trail cannot be changed.
 */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("access");
    private static final String DENUNCIATION = PetitionLetters.id(PetitionLetters.DENUNCIATION);
    private static final String UNANALYSED = PetitionLetters.id(PetitionLetters.UNANALYSED);
    /** Every way the denouncer could be recognised in an answer. */
    private static final List<String> DENOUNCER_TRACES = List.of(DENOUNCER, "Bích Ngọc", DENOUNCER_CCCD, "Phước Thuận");

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    private ApiClient inspector;
    private ApiClient identityReader;
    private ApiClient leader;
    private ApiClient clerk;
    private ApiClient admin;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiClient.useTestIndices(registry, names);
    }

    @BeforeAll
    static void indexLetters() {
        PetitionLetters.index(TestElasticsearch.client(), names);
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @BeforeEach
    void accounts() {
        ApiClient.ensureAccount(users, "inspector", Role.INSPECTOR);
        ApiClient.ensureAccount(users, "identity", Role.INSPECTOR, Role.IDENTITY_READER);
        ApiClient.ensureAccount(users, "leader", Role.LEADER);
        ApiClient.ensureAccount(users, "leader-with-identity", Role.LEADER, Role.IDENTITY_READER);
        ApiClient.ensureAccount(users, "clerk", Role.CLERK);
        ApiClient.ensureAccount(users, "site-admin", Role.ADMIN);
        inspector = new ApiClient(port, "inspector");
        identityReader = new ApiClient(port, "identity");
        leader = new ApiClient(port, "leader");
        clerk = new ApiClient(port, "clerk");
        admin = new ApiClient(port, "site-admin");
    }

    @Test
    void withoutAnAccountNothingAnswersButAProblem() {
        Answer anonymous = new ApiClient(port, null).get("/api/letters/search?q=" + encode("hối lộ"));
        Answer wrongPassword = new ApiClient(port, "nobody").get("/api/letters/search?q=" + encode("hối lộ"));

        for (Answer answer : List.of(anonymous, wrongPassword)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void anInspectorFindsTheDenunciationByWhatItSaysButNeverByWhoSentIt() {
        for (String who : List.of(DENOUNCER, "tran thi bich ngoc", DENOUNCER_CCCD, "thon Phuoc Thuan")) {
            assertThat(inspector.get("/api/letters/search?q=" + encode(who)).json().get("total").asLong()).as(who).isZero();
        }
        Answer found = inspector.get("/api/letters/search?q=" + encode("nhan hoi lo Le Van Hung"));
        JsonNode hit = found.json().get("hits").get(0);

        assertThat(hit.get("id").asText()).isEqualTo(DENUNCIATION);
        assertThat(hit.get("text_form").asText()).isEqualTo("REDACTED");
        assertThat(hit.has("petitioners")).isFalse();
        assertThat(hit.has("file_name")).isFalse();
        assertThat(hit.get("snippets").get(0).get("html").asText()).contains("<mark>");
        assertNoTraceOfTheDenouncer(found.text());
    }

    @Test
    void anInspectorReadsTheDenunciationOnlyMaskedAndCannotDownloadIt() {
        Answer text = inspector.get("/api/letters/" + DENUNCIATION + "/text");
        Answer file = inspector.get("/api/letters/" + DENUNCIATION + "/file");

        assertThat(text.status()).isEqualTo(200);
        assertThat(text.headers().firstValue("X-Text-Form")).hasValue("redacted");
        assertThat(text.text()).contains("[họ và tên]", "nhận hối lộ");
        assertNoTraceOfTheDenouncer(text.text());
        assertThat(file.status()).isEqualTo(403);
        assertThat(file.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void anInspectorExportsTheDenunciationWithoutItsSender() throws Exception {
        Answer csv = inspector.get("/api/letters/export?format=csv&q=" + encode("hối lộ"));
        Answer xlsx = inspector.get("/api/letters/export?format=xlsx&q=" + encode("hối lộ"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains(DENUNCIATION, "hối lộ");
        assertNoTraceOfTheDenouncer(csv.text());
        assertThat(xlsx.status()).isEqualTo(200);
        String cells = cellsOf(xlsx.bytes());
        assertThat(cells).contains(DENUNCIATION);
        assertNoTraceOfTheDenouncer(cells);
        JsonNode exported = admin.get("/api/audit?username=inspector&action=export&letter=" + DENUNCIATION).json();
        assertThat(exported.get("total").asLong()).isEqualTo(2);
        assertThat(exported.get("entries").get(0).get("identity_disclosed")).isEmpty();
    }

    @Test
    void anInspectorSeesTheComplainantOfAComplaint() {
        JsonNode hit = inspector.get("/api/letters/search?q=" + encode("pham van minh")).json().get("hits").get(0);

        assertThat(hit.get("text_form").asText()).isEqualTo("FULL");
        assertThat(hit.get("petitioners").get(0).asText()).isEqualTo(COMPLAINANT);
        assertThat(hit.get("snippets").get(0).get("html").asText()).containsPattern("<mark>Phạm</mark> <mark>Văn</mark> <mark>Minh</mark>|<mark>Phạm Văn Minh</mark>");
    }

    @Test
    void aLetterNotYetScreenedForPersonalDataIsOnlyForIdentityReaders() {
        for (String typed : List.of("tranh chap ranh gioi", PetitionLetters.UNANALYSED_SENDER)) {
            String query = "/api/letters/search?q=" + encode(typed);
            assertThat(ids(inspector.get(query).json())).as(typed).doesNotContain(UNANALYSED);
            assertThat(ids(identityReader.get(query).json())).as(typed).containsExactly(UNANALYSED);
        }
        assertThat(inspector.get("/api/letters/" + UNANALYSED + "/text").status()).isEqualTo(403);
    }

    @Test
    void aLeaderGetsCountsButNoLetterAndNoName() {
        for (String path : List.of("/api/letters/search?q=" + encode("hối lộ"), "/api/letters/" + DENUNCIATION + "/text",
                "/api/letters/" + DENUNCIATION + "/file", "/api/letters/export?q=" + encode("hối lộ"))) {
            assertThat(leader.get(path).status()).as(path).isEqualTo(403);
        }
        Answer byName = leader.get("/api/letters/facets?q=" + encode(DENOUNCER));
        Answer byDeed = leader.get("/api/letters/facets?q=" + encode("hối lộ"));

        assertThat(byName.json().get("kind")).isEmpty();
        assertThat(byDeed.json().get("kind").get(0).get("value").asText()).isEqualTo("TO_CAO");
        assertNoTraceOfTheDenouncer(byDeed.text());
        // The identity authority does not reach past the LEADER role: counts stay counts of masked text.
        Answer leaderWithIdentity = new ApiClient(port, "leader-with-identity").get("/api/letters/facets?q=" + encode(DENOUNCER));
        assertThat(leaderWithIdentity.json().get("kind")).isEmpty();
    }

    @Test
    void anIdentityReaderSeesTheDenouncerAndTheDisclosureIsAudited() {
        Answer found = identityReader.get("/api/letters/search?q=" + encode("tran thi bich ngoc"));
        Answer text = identityReader.get("/api/letters/" + DENUNCIATION + "/text");

        JsonNode hit = found.json().get("hits").get(0);
        assertThat(hit.get("petitioners").get(0).asText()).isEqualTo(DENOUNCER);
        assertThat(hit.get("snippets").get(0).get("html").asText()).containsPattern("<mark>Bích</mark> <mark>Ngọc</mark>|Bích Ngọc</mark>");
        assertThat(text.text()).contains(DENOUNCER);

        JsonNode audit = admin.get("/api/audit?username=identity&letter=" + DENUNCIATION).json();
        List<String> actions = new java.util.ArrayList<>();
        audit.get("entries").forEach(e -> {
            if (e.path("identity_disclosed").toString().contains(DENUNCIATION)) {
                actions.add(e.get("action").asText());
            }
        });
        assertThat(actions).contains("search", "text_read");
        JsonNode search = audit.get("entries").get(audit.get("entries").size() - 1);
        assertThat(search.get("query").asText()).isEqualTo("tran thi bich ngoc");
    }

    @Test
    void onlyAnAdminReadsTheAuditTrailAndNobodyChangesIt() {
        inspector.get("/api/letters/search?q=" + encode("bồi thường"));
        long before = admin.get("/api/audit?username=inspector").json().get("total").asLong();

        assertThat(inspector.get("/api/audit").status()).isEqualTo(403);
        assertThat(leader.get("/api/audit").status()).isEqualTo(403);
        for (String method : List.of("DELETE", "PUT", "POST", "PATCH")) {
            Answer change = admin.send(method, "/api/audit", "{\"username\":\"inspector\"}");
            assertThat(change.status()).as(method).isEqualTo(405);
            assertThat(change.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(admin.get("/api/audit?username=inspector").json().get("total").asLong()).isGreaterThanOrEqualTo(before);
        assertThat(admin.get("/api/audit?username=inspector&action=search").json().get("entries").get(0).get("query").asText())
                .isEqualTo("bồi thường");
    }

    @Test
    void aClerkUploadsButDoesNotSearch() {
        assertThat(clerk.get("/api/letters/search?q=" + encode("hối lộ")).status()).isEqualTo(403);
        // The upload endpoint comes with the formats work; here only who may reach it is checked.
        assertThat(clerk.send("POST", "/api/letters/upload", null).status()).isNotIn(401, 403);
        assertThat(inspector.send("POST", "/api/letters/upload", null).status()).isEqualTo(403);
        assertThat(leader.send("POST", "/api/letters/upload", null).status()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesAccountsAndNobodyElseDoes() {
        Answer created = admin.send("POST", "/api/users", "{\"username\":\"new-inspector\",\"roles\":[\"inspector\"]}");
        Answer byInspector = inspector.send("POST", "/api/users", "{\"username\":\"x-inspector\",\"roles\":[\"ADMIN\"]}");
        Answer unknownRole = admin.send("POST", "/api/users", "{\"username\":\"someone\",\"roles\":[\"GOD\"]}");

        assertThat(created.status()).isEqualTo(201);
        String password = created.json().get("generated_password").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(users.loadUserByUsername("new-inspector").getPassword()).doesNotContain(password);
        assertThat(byInspector.status()).isEqualTo(403);
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.json().get("detail").asText()).contains("GOD", "INSPECTOR");
    }

    @Test
    void theOpenApiDocumentIsPublicAndListsEveryEndpoint() {
        JsonNode paths = new ApiClient(port, null).get("/v3/api-docs").json().get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/letters/search", "/api/letters/facets", "/api/letters/export",
                "/api/letters/{id}/text", "/api/letters/{id}/file", "/api/letters/{id}/pages/{n}", "/api/audit", "/api/users",
                "/api/matters", "/api/matters/{id}", "/api/matters/{id}/similar");
        assertThat(paths.get("/api/letters/search").toString()).contains("province_2008", "cursor", "flag", "status")
                .doesNotContain("\"reader\"");
        assertThat(paths.get("/api/matters").toString()).contains("first_date_from", "flag", "code_list").doesNotContain("\"reader\"");
    }

    private static void assertNoTraceOfTheDenouncer(String answer) {
        for (String trace : DENOUNCER_TRACES) {
            assertThat(answer).doesNotContain(trace);
        }
    }

    private static String cellsOf(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('\t'));
                all.append('\n');
            }
        }
        return all.toString();
    }
}
