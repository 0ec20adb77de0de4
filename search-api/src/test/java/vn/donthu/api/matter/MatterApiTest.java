package vn.donthu.api.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.donthu.api.ApiClient.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.donthu.api.PetitionMatters;
import vn.donthu.api.access.Role;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.index.IndexNames;
import vn.donthu.testing.TestElasticsearch;

/**
 * Matter search, detail and similar matters through real requests: what an inspector gets, that the
 * denouncer's name reaches no LEADER and no INSPECTOR without the identity authority by any of them
 * (hits, counts, excerpts, similarity, shared terms), and that grouping internals never leave.
 */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatterApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("matterapi");
    /** Every way the denouncer could be recognised in an answer, with and without diacritics. */
    private static final List<String> DENOUNCER_TRACES = List.of("Bích Ngọc", "Bich Ngoc", "bích ngọc", "bich ngoc",
            PetitionLetters.DENOUNCER_CCCD, "Phước Thuận", "Phuoc Thuan");
    private static final List<String> INTERNALS = List.of(PetitionMatters.GROUPING_SECRET, "grouping", "band_keys", "name_keys",
            "members", "signature", "address_text", PetitionMatters.MATTER_ADDRESS);

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    private ApiClient inspector;
    private ApiClient identityReader;
    private ApiClient leader;
    private ApiClient leaderWithIdentity;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiClient.useTestIndices(registry, names);
    }

    @BeforeAll
    static void indexMatters() {
        PetitionMatters.index(TestElasticsearch.client(), names);
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
        inspector = new ApiClient(port, "inspector");
        identityReader = new ApiClient(port, "identity");
        leader = new ApiClient(port, "leader");
        leaderWithIdentity = new ApiClient(port, "leader-with-identity");
    }

    @Test
    void anInspectorFindsMattersByTheirLettersWordsWithOrWithoutDiacritics() {
        for (String typed : List.of("bồi thường", "boi thuong")) {
            JsonNode result = ok(inspector, "/api/matters?q=" + encode(typed));
            assertThat(ids(result)).as(typed).containsExactlyInAnyOrder(PetitionMatters.DIEN_BAN, PetitionMatters.VEN_SONG,
                    PetitionMatters.VEN_SONG_NEIGHBOUR, PetitionMatters.CAU_GIAY);
            assertThat(result.get("total").asLong()).isEqualTo(4);
        }
        JsonNode phrase = ok(inspector, "/api/matters?q=" + encode("\"giai phong mat bang\" -\"ven sông\""));
        assertThat(phrase.get("total").asLong()).isZero();

        JsonNode dienBan = ok(inspector, "/api/matters?q=" + encode("thu hoi dat")).get("hits").get(0);
        assertThat(dienBan.get("id").asText()).isEqualTo(PetitionMatters.DIEN_BAN);
        assertThat(dienBan.get("matching_letters").asLong()).isEqualTo(2);
        assertThat(dienBan.get("letter_count").asInt()).isEqualTo(2);
        assertThat(dienBan.get("flags")).extracting(JsonNode::asText).containsExactly("prolonged", "overdue", "escalated", "crowded");
        assertThat(dienBan.get("locality").get("province_name").asText()).isEqualTo("Tỉnh Quảng Nam");
    }

    @Test
    void filtersOnFlagsStatusAndPlaceGiveTheRightMattersAndCounts() {
        assertThat(ids(ok(inspector, "/api/matters?flag=overdue")))
                .containsExactlyInAnyOrder(PetitionMatters.DIEN_BAN, PetitionMatters.VEN_SONG);
        assertThat(ids(ok(inspector, "/api/matters?flag=overdue&flag=escalated"))).containsExactly(PetitionMatters.DIEN_BAN);
        assertThat(ids(ok(inspector, "/api/matters?status=OPEN"))).containsExactlyInAnyOrder(PetitionMatters.HOA_NHON,
                PetitionMatters.VEN_SONG_NEIGHBOUR, PetitionMatters.KARAOKE, PetitionMatters.CAU_GIAY);
        // Quảng Nam (49 of the 2008 list) merged into Đà Nẵng (48).
        assertThat(ids(ok(inspector, "/api/matters?province=48&status=OVERDUE")))
                .containsExactlyInAnyOrder(PetitionMatters.DIEN_BAN, PetitionMatters.VEN_SONG);
        assertThat(ids(ok(inspector, "/api/matters?province_2008=49"))).containsExactly(PetitionMatters.DIEN_BAN);
        assertThat(ids(ok(inspector, "/api/matters?commune=20333&code_list=2025&kind=KHIEU_NAI")))
                .containsExactlyInAnyOrder(PetitionMatters.VEN_SONG, PetitionMatters.VEN_SONG_NEIGHBOUR);
        assertThat(ids(ok(inspector, "/api/matters?first_date_from=2021-01-01&last_date_to=2022-12-31&subject_field=dat_dai")))
                .containsExactly(PetitionMatters.DIEN_BAN);

        JsonNode facets = ok(leader, "/api/matters?facets=true").get("facets");
        assertThat(count(facets.get("flag"), "overdue")).isEqualTo(2);
        assertThat(count(facets.get("flag"), "prolonged")).isEqualTo(1);
        assertThat(count(facets.get("flag"), "escalated")).isEqualTo(1);
        assertThat(count(facets.get("flag"), "crowded")).isEqualTo(1);
        assertThat(count(facets.get("status"), "OPEN")).isEqualTo(4);
        assertThat(count(facets.get("status"), "OVERDUE")).isEqualTo(2);
        assertThat(count(facets.get("province"), "48")).isEqualTo(5);
        assertThat(count(facets.get("kind"), "TO_CAO")).isEqualTo(2);

        JsonNode letterFacets = ok(inspector, "/api/letters/facets");
        assertThat(count(letterFacets.get("matter_flag"), "prolonged")).isEqualTo(2);
        assertThat(count(letterFacets.get("matter_flag"), "overdue")).isEqualTo(3);
        assertThat(count(letterFacets.get("matter_status"), "OVERDUE")).isEqualTo(3);
        assertThat(count(letterFacets.get("matter_status"), "OPEN")).isEqualTo(5);
        assertThat(ok(inspector, "/api/letters/search?flag=prolonged&flag=crowded").get("total").asLong()).isEqualTo(2);
        // Both letters of the Điện Bàn matter and the riverside complaint.
        assertThat(ok(inspector, "/api/letters/search?q=" + encode("boi thuong") + "&status=OVERDUE").get("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void mattersSortByLastLetterLetterCountOrRelevanceAndPage() {
        assertThat(ids(ok(inspector, "/api/matters?province=48&sort=last_letter&size=2")))
                .containsExactly(PetitionMatters.KARAOKE, PetitionMatters.VEN_SONG_NEIGHBOUR);
        JsonNode second = ok(inspector, "/api/matters?province=48&sort=last_letter&size=2&page=1");
        assertThat(ids(second)).containsExactly(PetitionMatters.VEN_SONG, PetitionMatters.HOA_NHON);
        assertThat(second.get("total").asLong()).isEqualTo(5);
        assertThat(ids(ok(inspector, "/api/matters?q=" + encode("boi thuong") + "&sort=letter_count")).get(0))
                .isEqualTo(PetitionMatters.DIEN_BAN);
        assertThat(ids(ok(inspector, "/api/matters?q=" + encode("giải phóng mặt bằng tuyến đường ven sông"))))
                .containsExactlyInAnyOrder(PetitionMatters.VEN_SONG, PetitionMatters.VEN_SONG_NEIGHBOUR);
    }

    @Test
    void onlyInspectorsLeadersAndAdminsReachMatters() {
        ApiClient.ensureAccount(users, "clerk", Role.CLERK);
        ApiClient.ensureAccount(users, "matter-admin", Role.ADMIN);
        Answer clerk = new ApiClient(port, "clerk").get("/api/matters?status=OPEN");
        Answer anonymous = new ApiClient(port, null).get("/api/matters/" + PetitionMatters.HOA_NHON);

        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(ids(ok(new ApiClient(port, "matter-admin"), "/api/matters?flag=crowded"))).containsExactly(PetitionMatters.DIEN_BAN);
    }

    @Test
    void badMatterRequestsAreProblemsThatSayWhatToChange() {
        Map<String, String> expected = Map.of(
                "flag=urgent", "prolonged, overdue, escalated, crowded",
                "status=CLOSED", "status",
                "sort=random", "last_letter",
                "sort=relevance", "needs words",
                "commune=20333", "code_list",
                "first_date_from=2023-01-01&first_date_to=2022-01-01", "before",
                "size=500", "size");
        expected.forEach((parameters, hint) -> {
            Answer answer = inspector.get("/api/matters?" + parameters);
            assertThat(answer.status()).as(parameters).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("detail").asText()).as(parameters).contains(hint);
        });
        Answer unknown = inspector.get("/api/matters/vu-viec-khong-co");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("vu-viec-khong-co");
        assertThat(inspector.get("/api/matters/vu-viec-khong-co/similar").status()).isEqualTo(404);
        assertThat(inspector.get("/api/matters/" + encode("a b")).status()).isEqualTo(400);
    }

    @Test
    void theDenouncersNameFindsHerMattersOnlyForTheIdentityReader() {
        for (String typed : List.of(PetitionLetters.DENOUNCER, "tran thi bich ngoc", "Bich Ngoc", "\"Bích Ngọc\"")) {
            String search = "/api/matters?facets=true&q=" + encode(typed);
            assertThat(ids(ok(identityReader, search))).as(typed)
                    .containsExactlyInAnyOrder(PetitionMatters.HOA_NHON, PetitionMatters.KARAOKE);
            for (ApiClient reader : List.of(inspector, leader, leaderWithIdentity)) {
                JsonNode result = ok(reader, search);
                assertThat(result.get("total").asLong()).as(reader.username() + ": " + typed).isZero();
                assertThat(result.get("facets").get("status")).as(reader.username()).isEmpty();
                result.get("facets").get("flag").forEach(f -> assertThat(f.get("count").asLong()).isZero());
                assertThat(result.get("facets").get("province")).isEmpty();
            }
        }
        // A complainant is a party to the case: inspectors find the complaint's matter by his name.
        assertThat(ids(ok(inspector, "/api/matters?q=" + encode("Pham Van Minh")))).containsExactly(PetitionMatters.DIEN_BAN);
        assertThat(ok(leader, "/api/matters?q=" + encode("Pham Van Minh")).get("total").asLong()).isZero();
    }

    @Test
    void theDetailShowsTheTimelineWithExcerptsEachReaderMaySee() {
        JsonNode masked = ok(inspector, "/api/matters/" + PetitionMatters.HOA_NHON);
        assertThat(masked.get("status").asText()).isEqualTo("OPEN");
        assertThat(masked.get("due_date").asText()).isEqualTo("2022-06-09");
        assertThat(masked.get("deadlines").get(0).get("source").asText()).contains("Luật Khiếu nại");
        JsonNode timeline = masked.get("timeline");
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0).get("letter_id").asText()).isEqualTo(PetitionLetters.id(PetitionLetters.DENUNCIATION));
        assertThat(timeline.get(1).get("recipient_level").asText()).isEqualTo("TINH");
        assertThat(timeline.get(1).get("date").asText()).isEqualTo("2022-08-20");
        for (JsonNode letter : timeline) {
            assertThat(letter.get("text_form").asText()).isEqualTo("REDACTED");
            assertThat(letter.get("excerpt").asText()).contains("ĐƠN TỐ CÁO").contains("[");
        }

        JsonNode full = ok(identityReader, "/api/matters/" + PetitionMatters.HOA_NHON);
        assertThat(full.get("timeline").get(1).get("text_form").asText()).isEqualTo("FULL");
        assertThat(full.get("timeline").get(1).get("excerpt").asText()).contains(PetitionLetters.DENOUNCER);

        for (ApiClient reader : List.of(leader, leaderWithIdentity)) {
            JsonNode counts = ok(reader, "/api/matters/" + PetitionMatters.HOA_NHON);
            assertThat(counts.get("letter_count").asInt()).isEqualTo(2);
            counts.get("timeline").forEach(letter -> assertThat(letter.has("excerpt")).isFalse());
        }
        // A complaint is read in full by inspectors.
        JsonNode complaint = ok(inspector, "/api/matters/" + PetitionMatters.DIEN_BAN).get("timeline").get(1);
        assertThat(complaint.get("text_form").asText()).isEqualTo("FULL");
        assertThat(complaint.get("excerpt").asText()).contains("Phạm Văn Minh");
    }

    @Test
    void theDetailShowsTheVisitsOfTheMattersPeopleButNotWhoCame() {
        for (ApiClient reader : List.of(inspector, leader, identityReader)) {
            JsonNode detail = ok(reader, "/api/matters/" + PetitionMatters.DIEN_BAN);
            JsonNode visit = detail.get("visits").get(0);
            assertThat(detail.get("visits")).hasSize(1);
            assertThat(visit.get("date").asText()).isEqualTo("2022-07-05");
            assertThat(visit.get("people_count").asInt()).isEqualTo(8);
            assertThat(visit.get("crowded").asBoolean()).isTrue();
            assertThat(visit.get("received_by").asText()).isEqualTo("Ban Tiếp công dân tỉnh Quảng Nam");
            assertThat(visit.fieldNames()).toIterable().containsExactlyInAnyOrder("date", "people_count", "crowded", "received_by");
        }
        assertThat(ok(inspector, "/api/matters/" + PetitionMatters.HOA_NHON).get("visits")).isEmpty();
    }

    @Test
    void similarMattersShareWordsAndPlaceButNeverTheDenouncersName() {
        JsonNode venSong = ok(inspector, "/api/matters/" + PetitionMatters.VEN_SONG + "/similar");
        JsonNode first = venSong.get(0);
        assertThat(first.get("id").asText()).isEqualTo(PetitionMatters.VEN_SONG_NEIGHBOUR);
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("why").get("shared_locality").asText()).isEqualTo("commune");
        assertThat(first.get("why").get("shared_terms")).extracting(JsonNode::asText).anyMatch(t -> t.contains("ven sông")
                || t.contains("bồi thường") || t.contains("giải phóng"));
        assertThat(ids(venSong)).doesNotContain(PetitionMatters.VEN_SONG);

        // With the full text, the name is what the karaoke denunciation shares with the Hòa Nhơn matter...
        JsonNode named = ok(identityReader, "/api/matters/" + PetitionMatters.HOA_NHON + "/similar");
        JsonNode karaoke = find(named, PetitionMatters.KARAOKE);
        assertThat(karaoke).isNotNull();
        assertThat(karaoke.get("why").get("shared_terms").toString().toLowerCase()).contains("ngọc");
        // ...which readers without the authority never see: the masked texts are compared.
        for (ApiClient reader : List.of(inspector, leader, leaderWithIdentity)) {
            JsonNode masked = ok(reader, "/api/matters/" + PetitionMatters.HOA_NHON + "/similar");
            JsonNode same = find(masked, PetitionMatters.KARAOKE);
            if (same != null) {
                assertThat(same.get("score").asDouble()).as(reader.username()).isLessThan(karaoke.get("score").asDouble());
            }
            assertThat(ids(masked)).doesNotContain(PetitionMatters.HOA_NHON);
        }
        ok(leader, "/api/matters/" + PetitionMatters.VEN_SONG + "/similar")
                .forEach(m -> assertThat(m.get("why").get("shared_terms")).isEmpty());
    }

    @Test
    void noAnswerCarriesTheDenouncersIdentityForReadersWithoutTheAuthorityNorAnyGroupingInternal() {
        List<String> paths = List.of("/api/matters?facets=true", "/api/matters?q=" + encode("tố cáo") + "&facets=true",
                "/api/matters/" + PetitionMatters.HOA_NHON, "/api/matters/" + PetitionMatters.KARAOKE,
                "/api/matters/" + PetitionMatters.HOA_NHON + "/similar", "/api/matters/" + PetitionMatters.KARAOKE + "/similar",
                "/api/matters/" + PetitionMatters.VEN_SONG + "/similar");
        for (ApiClient reader : List.of(inspector, leader, leaderWithIdentity)) {
            for (String path : paths) {
                String body = ok(reader, path).toString();
                DENOUNCER_TRACES.forEach(trace -> assertThat(body).as(reader.username() + " " + path).doesNotContainIgnoringCase(trace));
                INTERNALS.forEach(internal -> assertThat(body).as(reader.username() + " " + path).doesNotContain(internal));
            }
        }
        for (String path : paths) {
            String body = ok(identityReader, path).toString();
            INTERNALS.forEach(internal -> assertThat(body).as(path).doesNotContain(internal));
        }
    }

    @Test
    void everyMatterAnswerIsAudited() {
        ok(inspector, "/api/matters?q=" + encode("khiếu nại"));
        ok(inspector, "/api/matters/" + PetitionMatters.HOA_NHON);
        ok(identityReader, "/api/matters/" + PetitionMatters.HOA_NHON);
        ok(inspector, "/api/matters/" + PetitionMatters.VEN_SONG + "/similar");
        ApiClient.ensureAccount(users, "auditor", Role.ADMIN);
        ApiClient admin = new ApiClient(port, "auditor");
        try {
            TestElasticsearch.client().indices().refresh(r -> r.index(names.alias("audit")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode searches = ok(admin, "/api/audit?username=inspector&action=matter_search");
        assertThat(searches.toString()).contains("khiếu nại");
        JsonNode read = ok(admin, "/api/audit?username=identity&action=matter_read").get("entries").get(0);
        assertThat(read.get("identity_disclosed").toString()).contains(PetitionLetters.id(PetitionMatters.SECOND_DENUNCIATION));
        JsonNode masked = ok(admin, "/api/audit?username=inspector&action=matter_read").get("entries").get(0);
        assertThat(masked.get("letter_ids")).hasSize(2);
        assertThat(masked.get("identity_disclosed")).isEmpty();
        assertThat(ok(admin, "/api/audit?username=inspector&action=similar_matters").toString()).contains(PetitionMatters.VEN_SONG);
    }

    private JsonNode ok(ApiClient reader, String path) {
        Answer answer = reader.get(path);
        assertThat(answer.status()).as(reader.username() + " " + path + ": " + answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        (result.isArray() ? result : result.get("hits")).forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode matters, String id) {
        for (JsonNode matter : matters) {
            if (matter.get("id").asText().equals(id)) {
                return matter;
            }
        }
        return null;
    }

    private static long count(JsonNode counts, String value) {
        for (JsonNode count : counts) {
            if (count.get("value").asText().equals(value)) {
                return count.get("count").asLong();
            }
        }
        throw new AssertionError(value + " not among " + counts);
    }
}
