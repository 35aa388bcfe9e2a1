package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.FindingSummary;
import jp.osaka.renkei.results.ResultsFixture;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.ItemSummary;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changelog 038's versions on MariaDB: two edits of a 所見 list or of a round's 質問項目 that both passed the
 * service's check (the second started before the first committed) meet the database's own version check, and
 * only the first gets through. The interleaving is made with a transaction held open, not with timing.
 */
@IntegrationTest
class EditVersionsIT {

    private static final int FISCAL_YEAR = 2077; // no other IT uses it: in preparation, for its items
    private static final int OPEN = 2078; // no other IT uses it: open, so that administrators curate its 所見
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    FindingService findings;
    @Autowired
    InstrumentService instruments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private SurveyFixture fixture;
    private long round;
    private long openRound;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired RoundService rounds, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        round = fixture.draftRound(FISCAL_YEAR).id();
        openRound = fixture.openRound(OPEN).id();
    }

    @AfterEach
    void cleanUp() {
        ResultsFixture results = new ResultsFixture(jdbc);
        results.removeAbout(round);
        results.removeAbout(openRound);
        fixture.removeAll();
    }

    @Test
    void twoEditsOfTheSameFindingsListThatBothPassedTheCheckLetOnlyTheFirstCommitThrough() {
        SystemActor.run(() -> {
            findings.add(OPEN, OFFICE, version(), "一つ目の所見。", null);
            findings.add(OPEN, OFFICE, version(), "二つ目の所見。", null);
        });
        long seen = SystemActor.call(this::version);

        assertThatThrownBy(() -> SystemActor.run(() -> transaction(false).executeWithoutResult(outer -> {
            findings.hide(OPEN, OFFICE, seen, 0, true);
            transaction(true).executeWithoutResult(inner -> findings.hide(OPEN, OFFICE, seen, 1, true));
        }))).isInstanceOf(OptimisticLockingFailureException.class);

        List<FindingSummary> lines = SystemActor.call(() -> findings.findings(OPEN, OFFICE)).lines();
        assertThat(lines.get(0).hidden()).as("the change whose commit came second").isFalse();
        assertThat(lines.get(1).hidden()).as("the change committed first").isTrue();
        assertThat(SystemActor.call(this::version)).isEqualTo(seen + 1);
    }

    @Test
    void twoChangesOfTheSameItemsThatBothPassedTheCheckLetOnlyTheFirstCommitThrough() {
        List<ItemSummary> items = SystemActor.call(() -> instruments.items(FISCAL_YEAR, OFFICE));
        long seen = SystemActor.call(() -> instruments.version(FISCAL_YEAR, OFFICE));

        assertThatThrownBy(() -> SystemActor.run(() -> transaction(false).executeWithoutResult(outer -> {
            instruments.relabel(FISCAL_YEAR, OFFICE, seen, items.get(0).id(), "遅い方の名前", "Later");
            transaction(true).executeWithoutResult(inner ->
                    instruments.relabel(FISCAL_YEAR, OFFICE, seen, items.get(1).id(), "早い方の名前", "Earlier"));
        }))).isInstanceOf(OptimisticLockingFailureException.class);

        List<ItemSummary> after = SystemActor.call(() -> instruments.items(FISCAL_YEAR, OFFICE));
        assertThat(after.get(0).label()).isEqualTo(items.get(0).label());
        assertThat(after.get(1).label().ja()).isEqualTo("早い方の名前");
        assertThat(jdbc.queryForObject("select version from instrument where round_id = ? and respondent_type = ?",
                Long.class, round, OFFICE.name())).isEqualTo(seen + 1);
    }

    @Test
    void twoFirstEditsOfANeverEditedListAtTheSameMomentRefuseTheSecondAsStaleNotAsAnError() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from finding_list where round_id = ?", Integer.class,
                openRound)).as("nobody has edited the list").isZero();
        String refused;
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<String> second = SystemActor.call(() -> transaction(false).execute(first -> {
                findings.add(OPEN, OFFICE, 0, "先に保存される所見。", null); // inserts the list's row, uncommitted
                Future<String> waiting = other.submit(() -> SystemActor.call(() -> {
                    try {
                        findings.add(OPEN, OFFICE, 0, "同時に追加された所見。", null);
                        return "saved";
                    } catch (DomainException e) {
                        return e.messageKey();
                    }
                }));
                awaitLockWait(waiting); // the second edit waits on the unique key of the first one's row
                return waiting;
            }));
            refused = second.get(60, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }

        assertThat(refused).isEqualTo("findings.stale");
        List<FindingSummary> lines = SystemActor.call(() -> findings.findings(OPEN, OFFICE)).lines();
        assertThat(lines).extracting(FindingSummary::textJa).contains("先に保存される所見。")
                .doesNotContain("同時に追加された所見。");
        assertThat(SystemActor.call(this::version)).isEqualTo(1);
    }

    /** Until the second edit, past the check, waits with its insert of the list's row for the first one's. */
    private void awaitLockWait(Future<String> second) {
        for (int i = 0; i < 60; i++) {
            if (jdbc.queryForObject("select count(*) from information_schema.processlist"
                    + " where command = 'Query' and info like 'insert into finding_list%'", Integer.class) > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the second edit never waited for the first one's row: " + (second.isDone()
                ? "it ended: " + (second.state() == Future.State.FAILED ? second.exceptionNow() : second.resultNow()) : "it is still running")
                + jdbc.queryForList("select command, state, info from information_schema.processlist"));
    }

    @Test
    void aRoundAndInstrumentHaveOneFindingsListVersionAtMost() {
        String insert = "insert into finding_list (round_id, respondent_type, version) values (?, ?, 0)";
        jdbc.update(insert, round, "WARD_OFFICE");
        assertThatThrownBy(() -> jdbc.update(insert, round, "WARD_OFFICE")).isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("uk_finding_list_round_type");
    }

    private long version() {
        return findings.findings(OPEN, OFFICE).version();
    }

    private TransactionTemplate transaction(boolean separate) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        if (separate) {
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
        return template;
    }
}
