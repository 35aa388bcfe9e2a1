package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The bureau curates a round's findings: the first change stores the generated list, and 自動生成に戻す
 * forgets every change. Works on 令和3年度's support room and resets it afterwards, so the demo's
 * generated findings stay as other tests expect them.
 */
@DemoDataTest
@WithUserDetails("admin")
class FindingServiceTest {

    private static final int YEAR = 2021;
    private static final RespondentType ROOM = RespondentType.SUPPORT_ROOM;

    @Autowired
    FindingService findings;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToGenerated() {
        SystemActor.run(() -> {
            findings.reset(YEAR, ROOM, findings.findings(YEAR, ROOM).version());
            findings.reset(2025, ROOM, findings.findings(2025, ROOM).version());
        });
    }

    @Test
    void theFirstEditStoresTheGeneratedFindingsAndThenChangesOne() {
        List<FindingSummary> generated = findings.findings(YEAR, ROOM).lines();
        int audited = audited("FINDING_EDITED");

        findings.edit(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), 1, "  ほとんどの区が「とても連携できている」と回答している。 ", "");

        Findings curated = findings.findings(YEAR, ROOM);
        assertThat(curated.curated()).isTrue();
        assertThat(curated.lines()).hasSameSizeAs(generated);
        assertThat(curated.lines().get(1).textJa()).isEqualTo("ほとんどの区が「とても連携できている」と回答している。");
        assertThat(curated.lines().get(1).textEn()).isNull();
        assertThat(curated.lines().get(1).rule()).isEqualTo(generated.get(1).rule());
        assertThat(curated.lines().get(0).textJa()).isEqualTo(generated.get(0).textJa());
        assertThat(curated.lines().get(0).textEn()).isEqualTo(generated.get(0).textEn());
        assertThat(audited("FINDING_EDITED")).isEqualTo(audited + 1);
    }

    @Test
    void editingOnlyTheJapaneseOfAGeneratedFindingDropsItsEnglish() {
        FindingSummary generated = findings.findings(YEAR, ROOM).lines().get(1);

        findings.edit(YEAR, ROOM, findings.findings(YEAR, ROOM).version(),
                1, "ほとんどの区が「とても連携できている」と回答している。", generated.textEn());

        FindingSummary edited = findings.findings(YEAR, ROOM).lines().get(1);
        assertThat(generated.textEn()).isNotBlank();
        assertThat(edited.textEn()).isNull();
        assertThat(edited.text(java.util.Locale.ENGLISH)).isEqualTo("ほとんどの区が「とても連携できている」と回答している。");
    }

    @Test
    void movingSwapsAFindingWithItsNeighbourAndNothingMovesPastTheEnds() {
        List<String> before = texts();

        findings.move(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), 1, -1);
        findings.move(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), 0, -1);

        List<String> after = texts();
        assertThat(after.subList(0, 2)).containsExactly(before.get(1), before.get(0));
        assertThat(after.subList(2, after.size())).isEqualTo(before.subList(2, before.size()));
    }

    @Test
    void aHiddenFindingIsMarkedForAdministratorsAndGoneForEveryoneElse() {
        String first = texts().getFirst();

        findings.hide(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), 0, true);

        assertThat(findings.findings(YEAR, ROOM).lines().getFirst().hidden()).isTrue();
        assertThat(as("viewer", () -> findings.findings(YEAR, ROOM)).lines())
                .extracting(FindingSummary::textJa).doesNotContain(first).isNotEmpty();
        findings.hide(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), 0, false);
        assertThat(as("room-kita", () -> findings.findings(YEAR, ROOM)).lines().getFirst().textJa()).isEqualTo(first);
    }

    @Test
    void anAdministratorAddsTheirOwnFindingAtTheEnd() {
        int generated = texts().size();

        findings.add(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), "独自の所見。", "Our own finding.");

        FindingSummary added = findings.findings(YEAR, ROOM).lines().getLast();
        assertThat(added.index()).isEqualTo(generated);
        assertThat(added.rule()).isNull();
        assertThat(added.text(java.util.Locale.ENGLISH)).isEqualTo("Our own finding.");
        assertThat(as("viewer", () -> findings.findings(YEAR, ROOM)).lines()).hasSize(generated + 1);
    }

    @Test
    void resettingBringsBackTheGeneratedFindings() {
        List<String> generated = texts();
        findings.add(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), "独自の所見。", null);
        findings.edit(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), 0, "書き換えた所見。", null);

        findings.reset(YEAR, ROOM, findings.findings(YEAR, ROOM).version());

        assertThat(findings.findings(YEAR, ROOM).curated()).isFalse();
        assertThat(texts()).isEqualTo(generated);
    }

    @Test
    void aFindingNeedsJapaneseText() {
        assertThatThrownBy(() -> findings.add(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), " ", "English only"))
                .hasMessage("findings.textRequired");
        assertThatThrownBy(() -> findings.edit(YEAR, ROOM, findings.findings(YEAR, ROOM).version(),
                99, "存在しない所見。", null))
                .hasMessage("findings.notFound");
    }

    @Test
    void wardUsersAndViewersCannotCurate() {
        for (String user : List.of("ward-kita", "room-kita", "viewer")) {
            assertThatThrownBy(() -> as(user, () -> {
                findings.add(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), "勝手な所見。", null);
                return null;
            })).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> {
                findings.reset(YEAR, ROOM, findings.findings(YEAR, ROOM).version());
                return null;
            })).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(findings.findings(YEAR, ROOM).curated()).isFalse();
    }

    @Test
    void onlyAdministratorsSeeTheFindingsOfARoundNotYetPublished() {
        findings.add(2025, ROOM, findings.findings(2025, ROOM).version(), "公表前の所見。", null);

        assertThat(findings.findings(2025, ROOM).lines()).extracting(FindingSummary::textJa).contains("公表前の所見。");
        assertThat(as("viewer", () -> findings.findings(2025, ROOM)).lines()).isEmpty();
        assertThat(as("room-kita", () -> findings.findings(2025, ROOM)).lines()).isEmpty();
        assertThat(as("viewer", () -> findings.findings(YEAR, ROOM)).lines()).isNotEmpty();
    }

    private List<String> texts() {
        return findings.findings(YEAR, ROOM).lines().stream().map(FindingSummary::textJa).toList();
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ?", Integer.class, action);
    }

    /** Runs the work signed in as another demo user, then signs the test's user back in. */
    private <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        RenkeiUser user = accounts.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
