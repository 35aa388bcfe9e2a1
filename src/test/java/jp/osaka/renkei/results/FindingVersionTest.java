package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two administrators curate the same 所見 list: both read it, one changes it, and the other's change — made on
 * the list as it was — is refused ("findings.stale") and changes nothing. Findings are edited by their place
 * in the list, so without the check the second would edit, move or reset what the first had just written.
 */
@DemoDataTest
@WithUserDetails("admin")
class FindingVersionTest {

    private static final int YEAR = 2021;
    private static final RespondentType ROOM = RespondentType.SUPPORT_ROOM;

    @Autowired
    FindingService findings;
    @Autowired
    UserAccountService accounts;
    @Autowired
    RoundService rounds;

    @Autowired
    JdbcTemplate jdbc;

    /** Each test starts from a list nobody has edited: no version row yet. */
    @BeforeEach
    @AfterEach
    void backToGenerated() {
        FindingLists.untouched(findings, rounds, jdbc, YEAR, ROOM);
    }

    @Test
    void aMoveOnTheListAsItWasIsRefusedAfterAnotherAdministratorsEditAndTheEditStays() {
        Findings seen = findings.findings(YEAR, ROOM);
        inOtherSession(() -> findings.edit(YEAR, ROOM, seen.version(), 0, "ほかの管理者が書いた所見。", null));

        assertStale(() -> findings.move(YEAR, ROOM, seen.version(), 0, 1));
        assertThat(findings.findings(YEAR, ROOM).lines().getFirst().textJa()).isEqualTo("ほかの管理者が書いた所見。");
    }

    @Test
    void anEditOfTheSameFindingIsRefusedAndTheFirstTextStays() {
        Findings seen = findings.findings(YEAR, ROOM);
        inOtherSession(() -> findings.edit(YEAR, ROOM, seen.version(), 1, "先に保存した所見。", null));

        assertStale(() -> findings.edit(YEAR, ROOM, seen.version(), 1, "後から保存した所見。", null));
        assertThat(findings.findings(YEAR, ROOM).lines().get(1).textJa()).isEqualTo("先に保存した所見。");
    }

    @Test
    void aResetOrAnAdditionOnTheListAsItWasIsRefusedAndTheOtherChangeStays() {
        Findings seen = findings.findings(YEAR, ROOM);
        inOtherSession(() -> findings.add(YEAR, ROOM, seen.version(), "ほかの管理者が加えた所見。", null));

        assertStale(() -> findings.reset(YEAR, ROOM, seen.version()));
        assertStale(() -> findings.add(YEAR, ROOM, seen.version(), "同じ時に加えた所見。", null));
        assertStale(() -> findings.hide(YEAR, ROOM, seen.version(), 0, true));
        Findings now = findings.findings(YEAR, ROOM);
        assertThat(now.curated()).isTrue();
        assertThat(now.lines()).hasSize(seen.lines().size() + 1).noneMatch(FindingSummary::hidden);
        assertThat(now.lines().getLast().textJa()).isEqualTo("ほかの管理者が加えた所見。");
        assertThat(now.version()).isGreaterThan(seen.version());
    }

    @Test
    void aResetRaisesTheVersionSoThatAnEditOfTheCuratedListIsRefusedAfterIt() {
        findings.add(YEAR, ROOM, findings.findings(YEAR, ROOM).version(), "独自の所見。", null);
        Findings curated = findings.findings(YEAR, ROOM);
        inOtherSession(() -> findings.reset(YEAR, ROOM, curated.version()));

        assertStale(() -> findings.edit(YEAR, ROOM, curated.version(), 0, "消えた一覧への書き換え。", null));
        assertThat(findings.findings(YEAR, ROOM).curated()).isFalse();
    }

    private static void assertStale(Runnable edit) {
        assertThatThrownBy(edit::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("findings.stale");
    }

    private void inOtherSession(Runnable work) {
        RunAs.call(accounts.loadUserByUsername("admin"), (Supplier<Void>) () -> {
            work.run();
            return null;
        });
    }
}
