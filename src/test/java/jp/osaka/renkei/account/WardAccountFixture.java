package jp.osaka.renkei.account;


/** Enables or disables a demo account through ユーザー管理's service, keeping its role, ward and address. */
public final class WardAccountFixture {

    private WardAccountFixture() {
    }

    /** As the signed-in administrator of the calling test. */
    public static void enable(UserAdministrationService administration, String username, boolean enabled) {
        UserSummary user = administration.findAll().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
        administration.update(user.id(), user.version(), user.displayName(), user.role(), user.wardId(), enabled,
                user.email());
    }
}
