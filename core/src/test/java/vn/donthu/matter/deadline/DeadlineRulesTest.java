package vn.donthu.matter.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donthu.matter.Matter.Deadline;
import vn.donthu.matter.deadline.DeadlineRule.DayUnit;
import vn.donthu.testing.SharedReference;

class DeadlineRulesTest {

    private final DeadlineRules rules = DeadlineRules.standard();
    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @Test
    void aComplaintIsAcceptedWithinTenDaysAndResolvedWithinThirtyMore() {
        // Received Monday 2023-03-06: accepted by 2023-03-16, resolved by 2023-04-15, a Saturday,
        // so the last day moves to Monday 2023-04-17.
        List<Deadline> chain = rules.chain("KHIEU_NAI", "normal", LocalDate.of(2023, 3, 6));
        assertThat(chain).extracting(Deadline::rule).containsExactly("kn2011_thu_ly", "kn2011_giai_quyet_lan_dau");
        assertThat(chain).extracting(Deadline::due).containsExactly(LocalDate.of(2023, 3, 16), LocalDate.of(2023, 4, 17));
        assertThat(chain.get(1).source()).startsWith("Luật Khiếu nại 2011, Điều 28");
    }

    @Test
    void remoteAndComplexComplaintsGetTheLongerRows() {
        LocalDate start = LocalDate.of(2023, 3, 6);
        assertThat(rules.chain("KHIEU_NAI", "remote_complex", start).get(1).days()).isEqualTo(60);
        assertThat(rules.chain("TO_CAO", "very_complex", start).get(1).days()).isEqualTo(90);
    }

    @Test
    void theLawInForceOnTheStartDateApplies() {
        // Luật Tố cáo 2018 took effect on 2019-01-01; a denunciation of 2018 falls under the 2011 law.
        assertThat(rules.chain("TO_CAO", "normal", LocalDate.of(2018, 12, 28))).extracting(Deadline::rule)
                .containsExactly("tc2011_thu_ly", "tc2011_giai_quyet");
        assertThat(rules.chain("TO_CAO", "normal", LocalDate.of(2019, 1, 2))).extracting(Deadline::rule)
                .containsExactly("tc2018_thu_ly", "tc2018_giai_quyet");
        // Thông tư 05/2021/TT-TTCP was not yet in force in 2020.
        assertThat(rules.chain("KIEN_NGHI", "normal", LocalDate.of(2020, 5, 4))).isEmpty();
    }

    @Test
    void anAmendmentRowTakesOverForMattersStartingOnItsFirstDay() {
        // A made-up amendment, written the way a real one goes into deadlines.tsv: acceptance of a complaint
        // in 7 working days from 2026-07-01, the 2011 row closed the day before, and a new third step.
        List<DeadlineRule> amended = new ArrayList<>(rules.rules().stream().filter(r -> !r.rule().equals("kn2011_thu_ly")).toList());
        amended.add(DeadlineRule.parse(("kn2011_thu_ly\tKHIEU_NAI\tthu_ly\tnormal\t1\t10\tcalendar\t2012-07-01\t2026-06-30\t"
                + "Luật Khiếu nại 2011, Điều 27").split("\t")));
        amended.add(DeadlineRule.parse(("kn2026_thu_ly\tKHIEU_NAI\tthu_ly\tnormal\t1\t7\tworking\t2026-07-01\t-\t"
                + "Luật sửa đổi (thử)").split("\t")));
        amended.add(DeadlineRule.parse(("kn2026_bao_cao\tKHIEU_NAI\tbao_cao\tnormal\t3\t5\tworking\t2026-07-01\t-\t"
                + "Luật sửa đổi (thử)").split("\t")));
        DeadlineRules law = new DeadlineRules(amended, calendar);

        assertThat(law.chain("KHIEU_NAI", "normal", LocalDate.of(2026, 6, 30))).extracting(Deadline::rule)
                .containsExactly("kn2011_thu_ly", "kn2011_giai_quyet_lan_dau");
        List<Deadline> after = law.chain("KHIEU_NAI", "normal", LocalDate.of(2026, 7, 1));
        assertThat(after).extracting(Deadline::rule).containsExactly("kn2026_thu_ly", "kn2011_giai_quyet_lan_dau", "kn2026_bao_cao");
        // Wednesday 2026-07-01 + 7 working days = Friday 2026-07-10.
        assertThat(after.get(0).due()).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void aRowClosedByTheLawThatReplacedItNoLongerApplies() {
        assertThat(rules.rules()).filteredOn(r -> r.rule().startsWith("tc2011"))
                .allSatisfy(r -> assertThat(r.effectiveTo()).isEqualTo(LocalDate.of(2018, 12, 31)));
        assertThat(rules.inForce("TO_CAO", "giai_quyet", "complex", LocalDate.of(2019, 1, 1))).get()
                .extracting(DeadlineRule::rule).isEqualTo("tc2018_giai_quyet_phuc_tap");
        assertThat(rules.inForce("TO_CAO", "giai_quyet", "complex", LocalDate.of(2018, 12, 31))).get()
                .extracting(DeadlineRule::rule).isEqualTo("tc2011_giai_quyet_phuc_tap");
    }

    @Test
    void workingDaysSkipWeekendsAndTet() {
        // A denunciation received Friday 2024-02-02: seven working days would be 2024-02-13 without Tết;
        // Tết Giáp Thìn (eve 2024-02-09, days 1–4 on 10–13 February) pushes it to 2024-02-16.
        assertThat(calendar.deadline(LocalDate.of(2024, 2, 2), 7, DayUnit.WORKING)).isEqualTo(LocalDate.of(2024, 2, 16));
        // Quốc khánh falls on Monday 2024-09-02.
        assertThat(calendar.deadline(LocalDate.of(2024, 8, 30), 1, DayUnit.WORKING)).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(calendar.isDayOff(LocalDate.of(2025, 4, 7))).as("Giỗ Tổ Hùng Vương 2025").isTrue();
    }

    @Test
    void everyRowNamesItsLawAndALegalUnit() {
        assertThat(rules.rules()).hasSizeGreaterThan(15).allSatisfy(rule -> {
            assertThat(rule.source()).matches("(Luật|Thông tư).*");
            assertThat(rule.days()).isPositive();
        });
    }

    @Test
    void tetInTheHolidaysAgreesWithTheReferenceCalendar() throws IOException {
        List<String> lines = Files.readAllLines(SharedReference.file("calendar/tet_nguyen_dan_2015_2027.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            LocalDate firstDay = LocalDate.parse(cells[1]);
            LocalDate eve = LocalDate.parse(cells[3]);
            assertThat(calendar.isDayOff(firstDay)).as("Tết %s", cells[0]).isTrue();
            assertThat(calendar.isDayOff(eve)).as("giao thừa %s", cells[0]).isTrue();
            assertThat(calendar.isDayOff(firstDay.plusDays(3))).as("mùng 4 Tết %s", cells[0]).isTrue();
        }
    }
}
