package vn.donthu.api.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donthu.api.search.query.UserQuery.Clause;

class UserQueryTest {

    @Test
    void plainWordsStayOneRunSoThatWordsAndAbbreviationsAreRecognised() {
        assertThat(UserQuery.parse("  khieu nai   dat dai ").groups())
                .containsExactly(List.of(new Clause("khieu nai dat dai", false)));
    }

    @Test
    void phrasesExclusionsAndOrAreUnderstood() {
        UserQuery query = UserQuery.parse("\"thu hồi đất\" bồi thường -\"Phú Bình\" -tái OR UBND xã");

        assertThat(query.groups()).containsExactly(
                List.of(new Clause("thu hồi đất", true), new Clause("bồi thường", false)),
                List.of(new Clause("UBND xã", false)));
        assertThat(query.exclusions()).containsExactly(new Clause("Phú Bình", true), new Clause("tái", false));
    }

    @Test
    void malformedInputIsNeverAnError() {
        assertThat(UserQuery.parse("\"khiếu nại (đất -").groups())
                .containsExactly(List.of(new Clause("khiếu nại (đất -", true)));
        assertThat(UserQuery.parse("OR OR - \"\"").isEmpty()).isTrue();
        assertThat(UserQuery.parse("-đất").isEmpty()).isTrue();
        assertThat(UserQuery.parse("Độc lập - Tự do").groups())
                .containsExactly(List.of(new Clause("Độc lập Tự do", false)));
    }

    @Test
    void lowercaseOrIsAWordNotAnOperator() {
        assertThat(UserQuery.parse("hoặc or").groups()).containsExactly(List.of(new Clause("hoặc or", false)));
    }
}
