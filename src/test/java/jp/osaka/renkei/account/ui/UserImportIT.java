package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.IntegrationTestDatabase;
import jp.osaka.renkei.account.IssuedPassword;
import jp.osaka.renkei.account.NewAccount;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserFixture;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.account.transfer.UserFileCheck;
import jp.osaka.renkei.account.transfer.UserFileReader;
import jp.osaka.renkei.audit.AuditFixture;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** ユーザーの一括登録 on MariaDB: all or nothing, audited once for the file and once per account. */
@IntegrationTest
class UserImportIT {

    private static final List<String> LOGINS = List.of("ui-kita-office", "ui-room", "ui-viewer");
    private static final String FILE = "氏名,ログイン名,メール,役割,区,サインイン方法\n"
            + "北区 担当,ui-kita-office,ui-kita@city.example.jp,区役所,北区,パスワード\n"
            + "都島区 支援室,ui-room,,SUPPORT_ROOM,271021,ディレクトリ\n"
            + "閲覧 担当,ui-viewer,,閲覧者,,\n";

    @Autowired
    private UserAdministrationService administration;
    @Autowired
    private UserAccountService accounts;
    @Autowired
    private WardService wards;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestWrote() {
        new UserFixture(jdbc).remove(LOGINS);
        new AuditFixture(jdbc).removeAbout(List.of("ui-good.csv", "ui-late.csv", "ui-twice.csv", LOGINS.get(0),
                LOGINS.get(1), LOGINS.get(2)));
    }

    private UserFileCheck.Result checked() {
        return checked(FILE);
    }

    private UserFileCheck.Result checked(String file) {
        List<String> taken = asAdmin(administration::findAll).stream().map(UserSummary::username).toList();
        return new UserFileCheck(asAdmin(wards::findAll), taken::contains, key -> switch (key) {
            case "role.WARD_OFFICE" -> "区役所担当者";
            case "role.VIEWER" -> "閲覧者";
            default -> key;
        }).check(UserFileReader.read(file.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoodFileCreatesEveryAccountAuditedAndOnlyPasswordAccountsGetAPassword() {
        UserFileCheck.Result result = checked();
        assertThat(result.ok()).isTrue();

        List<IssuedPassword> issued = asAdmin(() -> administration.importAll(result.accounts(), "ui-good.csv"));

        assertThat(issued).extracting(IssuedPassword::username).containsExactlyElementsOf(LOGINS);
        assertThat(issued).extracting(i -> i.oneTimePassword() != null).containsExactly(true, false, true);
        assertThat(jdbc.queryForList("select sign_in from app_user where username = 'ui-room'", String.class))
                .containsExactly("DIRECTORY");
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'USERS_IMPORTED' and target = ?",
                String.class, "ui-good.csv")).isEqualTo("count=3");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USER_CREATED' and target in "
                + "(?, ?, ?)", Integer.class, LOGINS.toArray())).isEqualTo(3);
        UserSummary room = asAdmin(administration::findAll).stream().filter(u -> u.username().equals("ui-room"))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> asAdmin(() -> administration.resetPassword(room.id(), room.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("users.reset.directory");
    }

    @Test
    void aFileWhoseLastLoginWasTakenAfterThePreviewLeavesNoAccountBehind() {
        UserFileCheck.Result result = checked();
        assertThat(result.ok()).isTrue();
        asAdmin(() -> administration.create("ui-viewer", "先に作った人", Role.VIEWER, null, null));

        assertThatThrownBy(() -> asAdmin(() -> administration.importAll(result.accounts(), "ui-late.csv")))
                .isInstanceOf(DomainException.class).hasMessageContaining("user.username.taken");

        assertThat(jdbc.queryForObject("select count(*) from app_user where username in (?, ?)", Integer.class,
                "ui-kita-office", "ui-room")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'USERS_IMPORTED' and target = ?",
                Integer.class, "ui-late.csv")).isZero();
        assertThat(checked().lines().getLast().problems()).extracting(UserFileCheck.Problem::key)
                .containsExactly("users.import.login.taken");
    }

    @Test
    void aBrokenFileIsNamedLineByLineAgainstTheDatabaseAndNothingIsWritten() {
        int accountsBefore = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        UserFileCheck.Result broken = checked("氏名,ログイン名,メール,役割,区,サインイン方法\n"
                + "北区 担当,ui-kita-office,,区役所,,\n"                                  // 2: ward missing
                + "南極 担当,ui-room,,区役所,南極区,\n"                                   // 3: unknown ward
                + "先客," + IntegrationTestDatabase.ADMIN_USERNAME + ",,閲覧者,,\n"       // 4: taken in the database
                + "閲覧 担当,ui-viewer,not-an-address,閲覧者,,\n"                         // 5: invalid e-mail
                + "閲覧 二人目,ui-viewer,,閲覧者,,\n");                                   // 6: twice in the file

        assertThat(broken.ok()).isFalse();
        assertThat(broken.lines()).extracting(line -> line.number() + " " + line.problems().stream()
                .map(UserFileCheck.Problem::key).toList()).containsExactly(
                "2 [users.import.ward.missing]", "3 [users.import.ward.unknown]", "4 [users.import.login.taken]",
                "5 [users.import.email.invalid]", "6 [users.import.login.twice]");
        // what the dialog never sends (it imports only a file without problems): the same account twice; the
        // second is refused as taken once the first is written to MariaDB, and the first goes back with it
        NewAccount account = checked().accounts().getFirst();
        assertThatThrownBy(() -> asAdmin(() -> administration.importAll(List.of(account, account), "ui-twice.csv")))
                .isInstanceOf(DomainException.class).hasMessageContaining("user.username.taken");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where target = 'ui-twice.csv'",
                Integer.class)).isZero();
    }

    private <T> T asAdmin(Supplier<T> work) {
        return RunAs.call(accounts.loadUserByUsername(IntegrationTestDatabase.ADMIN_USERNAME), work);
    }
}
