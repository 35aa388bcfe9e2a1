package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user list leaves the app with names and addresses: every download is audited with its format and count. */
@DemoDataTest
class UserListExportTest {

    @Autowired
    UserAdministrationService administration;
    @Autowired
    AuditLog audit;

    @Test
    void eachDownloadOfTheUserListIsAuditedWithItsFormatAndTheNumberOfAccounts() {
        int before = exports("xlsx").size();

        List<UserSummary> exported = SystemActor.call(() -> administration.exportList("xlsx"));

        assertThat(exported).isEqualTo(SystemActor.call(administration::findAll));
        List<AuditEntry> after = exports("xlsx");
        assertThat(after).hasSize(before + 1);
        assertThat(after.getFirst().getDetail()).isEqualTo("count=" + exported.size());
    }

    private List<AuditEntry> exports(String format) {
        return SystemActor.call(() -> audit.find(new AuditFilter(AuditAction.USERS_EXPORTED, null, null, null), 0, 1000))
                .stream().filter(entry -> entry.getTarget().equals(format)).toList();
    }
}
