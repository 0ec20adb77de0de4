package vn.donthu.ingest.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_1;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_2;
import static vn.donthu.ingest.matter.AuthoredLetters.BINH_3;
import static vn.donthu.ingest.matter.AuthoredLetters.HUNG;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donthu.config.Settings;
import vn.donthu.index.IndexNames;
import vn.donthu.ingest.Ingester;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.letter.Letter;
import vn.donthu.matter.Matter;
import vn.donthu.testing.TestElasticsearch;
import vn.donthu.visit.Visit;

/** Visits of a reception register join the timeline of the matter of the same people, through the real indices. */
class VisitLinkingTest {

    private static final String REGISTER = "\uFEFFNgày tiếp;Họ và tên;Địa chỉ;Số người;Nội dung vụ việc;Cán bộ tiếp\r\n"
            // The Trần family's matter, as a group of five, with diacritics ...
            + "20/10/2021;Trần Văn Bình, Lê Thị Hoa, Trần Văn Nam, Trần Thị Mai, Lê Văn Tư;"
            + "xóm Trung, xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên;5;"
            + "Khiếu nại việc bồi thường khi thu hồi đất làm đường liên xã, thửa đất số 125 tờ bản đồ số 7;Ban Tiếp công dân huyện Phú Bình\r\n"
            // ... and alone, typed without diacritics.
            + "03/03/2022;Tran Van Binh;xa Tan Duc, huyen Phu Binh, tinh Thai Nguyen;1;"
            + "Hoi ket qua giai quyet don khieu nai ve boi thuong thu hoi dat;Nguyễn Văn Khánh\r\n"
            // Someone else from the same commune.
            + "04/03/2022;Nguyễn Thị Hằng;xã Tân Đức, huyện Phú Bình, tỉnh Thái Nguyên;1;"
            + "Khiếu nại việc bồi thường khi thu hồi đất làm đường liên xã;Nguyễn Văn Khánh\r\n"
            // A namesake of the same names in another province.
            + "05/03/2022;Trần Văn Bình, Lê Thị Hoa;phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng;2;"
            + "Khiếu nại việc bồi thường khi thu hồi đất;Nguyễn Văn Khánh\r\n";

    private final ElasticsearchClient client = TestElasticsearch.client();
    private final IndexNames names = TestElasticsearch.createLettersIndex("visit-link");

    @AfterEach
    void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void aVisitOfTheSamePeopleInTheSameProvinceJoinsTheirMatterOnceHoweverOftenItsRegisterIsIngested(@TempDir Path folder)
            throws Exception {
        MatterGrouping grouping = new MatterGrouping(client, names, Backoff.standard());
        assertThat(grouping.index(List.of(BINH_1, BINH_2, HUNG), new LetterIndexer(client, names.lettersAlias(), Backoff.standard())))
                .isEmpty();
        String matterId = matterIdOf(BINH_1);
        assertThat(matterIdOf(BINH_2)).isEqualTo(matterId);
        Matter before = matter(matterId);
        assertThat(before.crowded()).isFalse();
        assertThat(before.visits()).isEmpty();
        Files.writeString(folder.resolve("so-tiep-cong-dan.csv"), REGISTER, StandardCharsets.UTF_8);

        ingest(folder);

        List<Visit> visits = visits();
        assertThat(visits).extracting(Visit::matterId).containsExactly(matterId, matterId, null, null);
        Matter after = matter(matterId);
        assertThat(after.visits()).extracting(Matter.VisitEntry::visitId).containsExactly(visits.get(0).id(), visits.get(1).id());
        Matter.VisitEntry group = after.visits().get(0);
        assertThat(group.date()).isEqualTo(LocalDate.of(2021, 10, 20));
        assertThat(group.peopleCount()).isEqualTo(5);
        assertThat(group.crowded()).isTrue();
        assertThat(group.receivedBy()).isEqualTo("Ban Tiếp công dân huyện Phú Bình");
        assertThat(after.crowded()).isTrue();
        assertThat(after.peopleCount()).isEqualTo(5);
        assertThat(after.lastDate()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(after.letterIds()).isEqualTo(before.letterIds());
        assertThat(after.firstDate()).isEqualTo(before.firstDate());
        assertThat(letter(BINH_1).matterFlags()).contains("crowded");
        assertThat(letter(HUNG).matterFlags()).doesNotContain("crowded");

        ingest(folder);

        assertThat(visits()).extracting(Visit::matterId).containsExactly(matterId, matterId, null, null);
        assertThat(matter(matterId).visits()).hasSize(2);

        // A later letter joining the matter keeps its visits on the timeline.
        assertThat(new MatterGrouping(client, names, Backoff.standard())
                .index(List.of(BINH_3), new LetterIndexer(client, names.lettersAlias(), Backoff.standard()))).isEmpty();
        Matter later = matter(matterId);
        assertThat(later.letterIds()).contains(BINH_3.id());
        assertThat(later.visits()).extracting(Matter.VisitEntry::visitId).containsExactly(visits.get(0).id(), visits.get(1).id());
        assertThat(later.crowded()).isTrue();
    }

    @Test
    void aVisitWhoseMatterHasNoLetterYetFoundsNoMatter(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("so-tiep-cong-dan.csv"), REGISTER, StandardCharsets.UTF_8);

        ingest(folder);

        assertThat(visits()).hasSize(4).allSatisfy(visit -> assertThat(visit.matterId()).isNull());
        client.indices().refresh(r -> r.index(names.alias("matters")));
        assertThat(client.count(c -> c.index(names.alias("matters"))).count()).isZero();
    }

    private void ingest(Path folder) throws Exception {
        OcrSettings ocr = OcrSettings.from(Settings.system().withOverrides(Map.of(OcrSettings.WORKERS, "1")));
        try (Ingester ingester = new Ingester(client, names, ocr)) {
            ingester.ingest(List.of(folder), new PrintStream(OutputStream.nullOutputStream()), false);
        }
        client.indices().refresh(r -> r.index(names.alias("visits")));
    }

    private List<Visit> visits() throws IOException {
        return client.search(s -> s.index(names.alias("visits")).size(100)
                        .sort(o -> o.field(f -> f.field("visit_date").order(SortOrder.Asc))), Visit.class)
                .hits().hits().stream().map(h -> h.source()).toList();
    }

    private Letter letter(Letter letter) throws IOException {
        return client.get(g -> g.index(names.lettersAlias()).id(letter.id()), Letter.class).source();
    }

    private String matterIdOf(Letter letter) throws IOException {
        return letter(letter).matterId();
    }

    private Matter matter(String id) throws IOException {
        return client.get(g -> g.index(names.alias("matters")).id(id), Matter.class).source();
    }
}
