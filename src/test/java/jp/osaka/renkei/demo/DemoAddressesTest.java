package jp.osaka.renkei.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's addresses: every ward's shared mailboxes, own addresses for the administrator and 北区, all example.org. */
@DemoDataTest
class DemoAddressesTest {

    @Autowired
    WardService wards;
    @Autowired
    UserAdministrationService administration;

    @Test
    void everyWardHasSharedMailboxesNamedAfterItsSlug() {
        List<Ward> all = SystemActor.call(wards::findAll);

        assertThat(all).hasSize(24).allSatisfy(ward -> {
            assertThat(ward.mailbox(Role.WARD_OFFICE)).contains(ward.getSlug() + "-kuyakusho@example.org");
            assertThat(ward.mailbox(Role.SUPPORT_ROOM)).contains(ward.getSlug() + "-shienshitsu@example.org");
        });
        assertThat(all.getFirst().mailbox(Role.WARD_OFFICE)).contains("kita-kuyakusho@example.org");
    }

    @Test
    void theAdministratorAndKitasUsersHaveOwnAddressesAndOtherWardsUseTheMailboxes() {
        Map<String, String> addresses = SystemActor.call(administration::findAll).stream()
                .filter(user -> user.email() != null)
                .collect(Collectors.toMap(UserSummary::username, UserSummary::email));

        assertThat(addresses).containsEntry("admin", "admin@example.org")
                .containsEntry("ward-kita", "ward-kita@example.org")
                .containsEntry("room-kita", "room-kita@example.org")
                .doesNotContainKeys("viewer", "ward-nishinari", "room-tennoji");
        assertThat(addresses.values()).allSatisfy(address -> assertThat(address).endsWith("@example.org"));
    }
}
