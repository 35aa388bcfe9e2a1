package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;
import jp.osaka.renkei.base.security.Role;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * Property tests of a user's name (氏名・所属, VARCHAR(100)), without Spring: intact up to the limit, whether typed
 * in the user dialog or imported; over it, refused with the message, and the account keeps its name.
 */
class DisplayNameLengthTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @ParameterizedTest
    @LimitedTexts(limit = AppUser.MAX_DISPLAY_NAME, count = 100)
    void aNameUpToOneHundredCharactersIsKeptIntact(String name) {
        AppUser user = new AppUser("kita-yamada", "", name, Role.VIEWER, null, NOW);
        assertThat(user.getDisplayName()).isEqualTo(name);

        user.assign(name, Role.CITY_ADMIN, null);
        assertThat(user.getDisplayName()).isEqualTo(name);
    }

    @ParameterizedTest
    @LimitedTexts(limit = AppUser.MAX_DISPLAY_NAME, over = true, count = 100)
    void aLongerNameIsRefusedWithTheMessageAndTheAccountIsUnchanged(String name) {
        AppUser user = new AppUser("kita-yamada", "", "北区 山田", Role.VIEWER, null, NOW);

        LimitedText.refused(() -> new AppUser("kita-sato", "", name, Role.VIEWER, null, NOW),
                "user.displayName.tooLong", 100);
        LimitedText.refused(() -> user.assign(name, Role.CITY_ADMIN, null), "user.displayName.tooLong", 100);
        assertThat(user.getDisplayName()).isEqualTo("北区 山田");
        assertThat(user.getRole()).isEqualTo(Role.VIEWER);
    }
}
