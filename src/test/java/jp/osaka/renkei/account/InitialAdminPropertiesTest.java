package jp.osaka.renkei.account;

import static jp.osaka.renkei.BoundSettings.bind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** renkei.initial-admin.*: none by default, and the password never in the settings' text. */
class InitialAdminPropertiesTest {

    @Test
    void withoutSettingsThereIsNoFirstAdministrator() {
        InitialAdminProperties admin = bind("renkei.initial-admin", InitialAdminProperties.class, Map.of());

        assertThat(admin.username()).isEmpty();
        assertThat(admin.password()).isEmpty();
    }

    @Test
    void theSettingsAsTextShowTheUserNameButNotThePassword() {
        InitialAdminProperties admin = bind("renkei.initial-admin", InitialAdminProperties.class,
                Map.of("renkei.initial-admin.username", "bureau", "renkei.initial-admin.password", "kawa no nagare"));

        assertThat(admin.password()).isEqualTo("kawa no nagare");
        assertThat(admin.toString()).contains("bureau").doesNotContain("kawa");
    }
}
