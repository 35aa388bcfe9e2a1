package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who may read and change which ward's action (null: city-wide), role by role. */
class ActionAccessTest {

    private static final Long MINATO = 7L;
    private static final Long TAISHO = 8L;

    private static RenkeiUser user(Role role, @Nullable Long ward) {
        return new RenkeiUser(1, "u", "u", role, ward, "", true, false);
    }

    @Test
    void wardUsersReadTheirWardAndCityWideAndChangeOnlyTheirWard() {
        for (Role role : new Role[] {Role.WARD_OFFICE, Role.SUPPORT_ROOM}) {
            RenkeiUser minato = user(role, MINATO);
            assertThat(ActionAccess.canRead(minato, MINATO)).isTrue();
            assertThat(ActionAccess.canRead(minato, null)).isTrue();
            assertThat(ActionAccess.canRead(minato, TAISHO)).isFalse();
            assertThat(ActionAccess.canEdit(minato, MINATO)).isTrue();
            assertThat(ActionAccess.canEdit(minato, null)).isFalse();
            assertThat(ActionAccess.canEdit(minato, TAISHO)).isFalse();
            assertThat(ActionAccess.scopeOf(minato)).isEqualTo(MINATO);
        }
    }

    @Test
    void administratorsChangeEverythingAndViewersNothing() {
        RenkeiUser admin = user(Role.CITY_ADMIN, null);
        RenkeiUser viewer = user(Role.VIEWER, null);
        assertThat(ActionAccess.canEdit(admin, TAISHO)).isTrue();
        assertThat(ActionAccess.canEdit(admin, null)).isTrue();
        assertThat(ActionAccess.canRead(viewer, TAISHO)).isTrue();
        assertThat(ActionAccess.canEdit(viewer, TAISHO)).isFalse();
        assertThat(ActionAccess.canEdit(viewer, null)).isFalse();
        assertThat(ActionAccess.scopeOf(admin)).isNull();
        assertThat(ActionAccess.scopeOf(viewer)).isNull();
    }
}
