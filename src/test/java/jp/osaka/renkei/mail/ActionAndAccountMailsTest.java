package jp.osaka.renkei.mail;

import static jp.osaka.renkei.mail.MailFixture.KITA_EN;
import static jp.osaka.renkei.mail.MailFixture.KITA_JA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.osaka.renkei.account.MailAddressFixture;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily due-date mails to actions' owners, and the account notices that never carry the password. */
@MailTriggerTest
class ActionAndAccountMailsTest {

    @Autowired
    ActionService actions;
    @Autowired
    ActionDueMails job;
    @Autowired
    UserAdministrationService users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    MailFixture fixture;
    LocalDate today;

    @BeforeEach
    void twoWards(@Autowired ApplicationContext context) {
        fixture = new MailFixture(context);
        fixture.twoWards();
        today = LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    void theDailyJobMailsOverdueAndDueSoonActionsToTheirOwnersOnceEvenWhenRunTwice() {
        long overdue = action("mt-kita-1", today.minusDays(1), ActionStatus.PLANNED);
        long dueSoon = action("mt-kita-2", today.plusDays(3), ActionStatus.IN_PROGRESS);
        action("mt-kita-1", today.minusDays(3), ActionStatus.DONE);
        action("mt-kita-room", today.minusDays(2), ActionStatus.PLANNED); // no address of their own
        action("mt-kita-1", today.plusDays(30), ActionStatus.PLANNED);

        job.writeDueMails();
        job.writeDueMails();

        assertThat(fixture.messages(MailKind.ACTION_OVERDUE)).extracting(MailMessage::getRecipient,
                MailMessage::getLanguage, MailMessage::getDedupeKey).containsExactly(tuple(KITA_JA, Locale.JAPANESE,
                "action-overdue:" + overdue + ":" + today.minusDays(1) + ":mt-kita-1"));
        List<MailMessage> soon = fixture.messages(MailKind.ACTION_DUE_SOON);
        assertThat(soon).extracting(MailMessage::getRecipient).containsExactly(KITA_EN);
        assertThat(soon.getFirst().getText()).startsWith("Dear mt-kita-2,")
                .contains("https://renkei.example.jp/actions/" + dueSoon);
    }

    @Test
    void aNewDueDateBringsANewMailAndOwnersWhoTurnedDueSoonOffStillHearOfOverdueOnes() {
        long overdue = action("mt-kita-2", today.minusDays(1), ActionStatus.PLANNED);
        action("mt-kita-2", today.plusDays(1), ActionStatus.PLANNED);
        fixture.optionalMails("mt-kita-2", false);

        job.writeDueMails();
        jdbc.update("update action set due_date = ? where id = ?", today.minusDays(2), overdue);
        job.writeDueMails();

        assertThat(fixture.messages(MailKind.ACTION_DUE_SOON)).isEmpty();
        assertThat(fixture.messages(MailKind.ACTION_OVERDUE)).extracting(MailMessage::getDedupeKey).containsExactly(
                "action-overdue:" + overdue + ":" + today.minusDays(1) + ":mt-kita-2",
                "action-overdue:" + overdue + ":" + today.minusDays(2) + ":mt-kita-2");
    }

    @Test
    void ownersWithoutAnAccountGetNoMailAndTheUsersAfterThemStillGetTheirs() {
        action(null, "訪問看護ステーション 田中", today.minusDays(5));
        action(null, "mt-kita-1", today.plusDays(2)); // a name that looks like a user's is still no user
        long users = action("mt-kita-1", null, today.minusDays(1));

        job.writeDueMails();

        assertThat(fixture.messages(MailKind.ACTION_DUE_SOON)).isEmpty();
        assertThat(fixture.messages(MailKind.ACTION_OVERDUE)).extracting(MailMessage::getRecipient,
                MailMessage::getDedupeKey).containsExactly(tuple(KITA_JA,
                        "action-overdue:" + users + ":" + today.minusDays(1) + ":mt-kita-1"));
        assertThat(jdbc.queryForObject("select count(*) from action where owner is null", Integer.class))
                .as("the actions without an account are there, due").isEqualTo(2);
    }

    @Test
    void aPasswordResetIsMailedToTheUserWithoutThePassword() {
        UserSummary kita = fixture.as("mt-admin", () -> users.findAll()).stream()
                .filter(user -> user.username().equals("mt-kita-1")).findFirst().orElseThrow();

        String password = fixture.as("mt-admin", () -> users.resetPassword(kita.id(), kita.version()));

        List<MailMessage> mails = fixture.messages(MailKind.PASSWORD_RESET);
        assertThat(mails).extracting(MailMessage::getRecipient).containsExactly(KITA_JA);
        assertThat(mails.getFirst().getText()).contains("ユーザー名：mt-kita-1").doesNotContain(password);
        assertThat(mails.getFirst().getHtml()).doesNotContain(password);
    }

    @Test
    void aNewAccountWhoseAddressIsSetInTheSameChangeGetsItsNoticeWithoutThePassword(
            @Autowired ApplicationContext context) {
        MailAddressFixture addresses = new MailAddressFixture(context);
        String password = transactions.execute(status -> fixture.as("mt-admin", () -> {
            String oneTime = users.create("mt-new", "新しい 担当者", Role.WARD_OFFICE, 1L, null);
            addresses.set("mt-new", "new@city.example.jp", Locale.ENGLISH);
            return oneTime;
        }));

        List<MailMessage> mails = fixture.messages(MailKind.ACCOUNT_CREATED);
        assertThat(mails).extracting(MailMessage::getRecipient, MailMessage::getLanguage)
                .containsExactly(tuple("new@city.example.jp", Locale.ENGLISH));
        assertThat(mails.getFirst().getText()).contains("User name: mt-new").doesNotContain(password);
        assertThat(mails.getFirst().getHtml()).doesNotContain(password);
    }

    private long action(String owner, LocalDate due, ActionStatus status) {
        return action(owner, null, due, status);
    }

    /** Owned by a user (owner) or by a person without an account (ownerName). */
    private long action(@Nullable String owner, @Nullable String ownerName, LocalDate due) {
        return action(owner, ownerName, due, ActionStatus.PLANNED);
    }

    private long action(@Nullable String owner, @Nullable String ownerName, LocalDate due, ActionStatus status) {
        long partner = jdbc.queryForObject("select min(id) from partner", Long.class);
        String title = "取組み " + (owner == null ? ownerName : owner) + " " + due;
        return fixture.as("mt-admin", () -> actions.create(new ActionInput(title, null, 1L, Set.of(partner), null,
                owner, ownerName, due, status)));
    }
}
