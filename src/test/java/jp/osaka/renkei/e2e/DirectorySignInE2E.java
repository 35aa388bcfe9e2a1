package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;

import jp.osaka.renkei.account.InMemoryDirectory;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.DemoIdentityProvider;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through the city's OpenID Connect provider, the whole browser redirect: Renkei's button, the provider's
 * own sign-in form (Spring Authorization Server in this JVM, {@link DemoIdentityProvider}), the return with the
 * code, and the role and ward from the person's groups in the demo directory ({@link InMemoryDirectory}), under the
 * directory-demo profile that the documented demo ({@link jp.osaka.renkei.account.DirectoryDemo}) runs. Renkei
 * runs on 127.0.0.1 here: the provider returns to a loopback IP, never to "localhost".
 */
@ActiveProfiles("directory-demo")
class DirectorySignInE2E extends EndToEndTest {

    private static final String PROVIDER_PASSWORD = "directory-demo";
    private static final InMemoryDirectory DIRECTORY = InMemoryDirectory.start(0);
    private static final DemoIdentityProvider PROVIDER = DemoIdentityProvider.start(DIRECTORY, 0,
            "http://127.0.0.1");

    /** The directory-demo profile as the demo runs it, with the providers' ports of this test. */
    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:directory-e2e;DB_CLOSE_DELAY=-1");
        registry.add("spring.security.oauth2.client.provider.city.issuer-uri", PROVIDER::issuer);
        registry.add("renkei.directory.ldap.url", DIRECTORY::url);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDER.close();
        DIRECTORY.stop();
    }

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;

    @BeforeEach
    void providerReturnsHere() {
        PROVIDER.renkeiAt("http://127.0.0.1:" + port());
    }

    @Override
    String host() {
        return "127.0.0.1";
    }

    @Test
    void aWardUserSignsInThroughTheProviderGetsTheirWardAndSignsOutThereToo() {
        signInAtProvider("dir-kita-office");

        assertThat(page.locator("#user-name")).hasText("北区役所 山田");
        assertThat(page.locator("#user-role")).containsText("北区");
        org.assertj.core.api.Assertions.assertThat(accounts.findByUsername("dir-kita-office").orElseThrow().role())
                .isEqualTo(Role.WARD_OFFICE);
        screenshot("directory-signed-in-ward-office");

        page.locator("#logout").click();
        page.waitForURL("**/login?logout");
        open("results");
        assertThat(page.locator("#login-provider-city")).isVisible(); // Renkei's session has ended
        page.locator("#login-provider-city").click();
        // and the provider's too: it asks for the password again instead of sending the person straight back
        assertThat(page.locator("input[name='password']")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.url()).startsWith(PROVIDER.issuer());
    }

    @Test
    void aPersonWithoutAMappedGroupIsRefusedWithTheReason() {
        open("login");
        assertThat(page.locator(".login-demo")).containsText("dir-unmapped");
        startAtProvider();
        providerForm("dir-unmapped");

        page.waitForURL("**/login?error=no-role");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Renkeiの役割が割り当てられていません");
        org.assertj.core.api.Assertions.assertThat(accounts.findByUsername("dir-unmapped")).isEmpty();
        screenshot("directory-refused-no-role");
    }

    @Test
    void aPersonMovedToAnotherGroupHasTheNewRoleAtTheNextSignIn() {
        signInAtProvider("dir-viewer");
        assertThat(sideNav("ユーザー管理")).hasCount(0);
        page.locator("#logout").click();
        page.waitForURL("**/login?logout");

        DIRECTORY.move("dir-viewer", "renkei-viewer", "renkei-admin");
        try {
            signInAtProvider("dir-viewer");

            assertThat(sideNav("ユーザー管理")).isVisible();
            org.assertj.core.api.Assertions.assertThat(accounts.findByUsername("dir-viewer").orElseThrow().role())
                    .isEqualTo(Role.CITY_ADMIN);
        } finally {
            DIRECTORY.move("dir-viewer", "renkei-admin", "renkei-viewer");
        }
    }

    @Test
    void aPersonDisabledInRenkeiIsRefusedThoughTheProviderSaysYes() {
        signInAtProvider("dir-kita-room");
        page.locator("#logout").click();
        page.waitForURL("**/login?logout");
        UserSummary user = SystemActor.call(administration::findAll).stream()
                .filter(u -> u.username().equals("dir-kita-room")).findFirst().orElseThrow();
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        startAtProvider();
        providerForm("dir-kita-room");

        page.waitForURL("**/login?error=disabled");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Renkeiで無効にされています");
    }

    /** From Renkei's login page through the provider's form back into Renkei's main layout. */
    private void signInAtProvider(String login) {
        startAtProvider();
        providerForm(login);
        assertThat(page.locator("#user-name")).isVisible();
    }

    private void startAtProvider() {
        open("login");
        assertThat(page.locator("#login-provider-city")).hasText("大阪市 職員認証（デモ）でログイン");
        page.locator("#login-provider-city").click();
        page.waitForURL(PROVIDER.issuer() + "/**");
    }

    /** The provider's own sign-in page (Spring Security's default form), not Renkei's. */
    private void providerForm(String login) {
        page.locator("input[name='username']").fill(login);
        page.locator("input[name='password']").fill(PROVIDER_PASSWORD);
        page.locator("button[type='submit']").click();
    }
}
