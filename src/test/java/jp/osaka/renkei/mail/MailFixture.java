package jp.osaka.renkei.mail;

import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserFixture;
import jp.osaka.renkei.action.ActionFixture;
import jp.osaka.renkei.base.JobLockFixture;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.survey.SurveyFixture;
import jp.osaka.renkei.ward.WardFixture;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users and mailboxes of two wards for the mail tests, addresses set with SQL as the address screens would:
 * 北区 (id 1): two ward-office users with addresses (Japanese, English), a support-room user without one and the
 * support room's mailbox; 都島区 (id 2): a disabled ward-office user with an address and the ward office's mailbox.
 * No other ward has users or mailboxes. {@link #clean} removes it all, with every message and action.
 */
final class MailFixture {

    static final String KITA_JA = "kita-1@city.example.jp";
    static final String KITA_EN = "kita-2@city.example.jp";
    static final String KITA_ROOM_BOX = "kita-room@city.example.jp";
    static final String MIYAKOJIMA_BOX = "miyakojima@city.example.jp";
    static final String DISABLED = "disabled@city.example.jp";

    final SurveyFixture survey;
    private final UserAccountService accounts;
    private final MailMessageRepository messages;
    private final JdbcTemplate jdbc;

    MailFixture(ApplicationContext context) {
        this.survey = SurveyFixture.of(context);
        this.accounts = context.getBean(UserAccountService.class);
        this.messages = context.getBean(MailMessageRepository.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    void twoWards() {
        survey.user("mt-admin", Role.CITY_ADMIN, null);
        survey.user("mt-kita-1", Role.WARD_OFFICE, 1L);
        survey.user("mt-kita-2", Role.WARD_OFFICE, 1L);
        survey.user("mt-kita-room", Role.SUPPORT_ROOM, 1L);
        survey.user("mt-miyakojima", Role.WARD_OFFICE, 2L);
        address("mt-kita-1", KITA_JA, "ja");
        address("mt-kita-2", KITA_EN, "en");
        address("mt-miyakojima", DISABLED, "ja");
        jdbc.update("update app_user set enabled = false where username = 'mt-miyakojima'");
        jdbc.update("insert into ward_mailbox (ward_id, role, email) values (1, 'SUPPORT_ROOM', ?)", KITA_ROOM_BOX);
        jdbc.update("insert into ward_mailbox (ward_id, role, email) values (2, 'WARD_OFFICE', ?)", MIYAKOJIMA_BOX);
        messages.deleteAll(); // account mails of earlier steps play no part here
    }

    void address(String username, String email, String language) {
        jdbc.update("update app_user set email = ?, language = ? where username = ?", email, language, username);
    }

    void optionalMails(String username, boolean wanted) {
        jdbc.update("update app_user set mail_published = ?, mail_due_soon = ? where username = ?", wanted, wanted,
                username);
    }

    <T> T as(String username, Supplier<T> work) {
        return RunAs.call(accounts.loadUserByUsername(username), work);
    }

    List<MailMessage> messages(MailKind kind) {
        return messages.findAll().stream().filter(message -> message.getKind() == kind).toList();
    }

    void clean() {
        new ActionFixture(jdbc).removeAll();
        survey.removeAll();
        new UserFixture(jdbc).removeStartingWith("mt-");
        new WardFixture(jdbc).removeAllMailboxes();
        messages.deleteAll();
        new JobLockFixture(jdbc).releaseAll();
    }
}
