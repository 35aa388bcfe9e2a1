package jp.osaka.renkei.mail;

import static jp.osaka.renkei.mail.MailFixture.KITA_JA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.i18n.DateFormats;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** An action owned by a person without an account has nobody to mail: the due-date job skips it and goes on. */
@MailTriggerTest
class ActionDueOwnerNameMailsTest {

    @Autowired
    ActionService actions;
    @Autowired
    ActionDueMails job;
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

    private long action(@Nullable String owner, @Nullable String ownerName, LocalDate due) {
        long partner = jdbc.queryForObject("select min(id) from partner", Long.class);
        return fixture.as("mt-admin", () -> actions.create(new ActionInput("取組み " + ownerName + " " + due, null,
                1L, Set.of(partner), null, owner, ownerName, due, ActionStatus.PLANNED)));
    }
}
