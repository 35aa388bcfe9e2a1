package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Throttling over real HTTP at the default settings (the test profile raises the limit per address, as every test
 * comes from 127.0.0.1; this class sets it back): the login form's POST from one address, the back-off of one
 * account, what the attacker and the user see, and the audit log. A clock the test moves; each test starts a few
 * minutes later, with the address's bucket full again.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignInWatch.class)
@TestPropertySource(properties = "renkei.security.address-failures=10")
class SignInThrottleHttpTest {

    private static final String PASSWORD = "みずうみの ほとりで 待ちあわせ";

    @LocalServerPort
    int port;
    @Autowired
    SignInWatch.MovableClock clock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void later() {
        clock.advance(Duration.ofMinutes(5));
    }

    /** The reported attack: 40 tries in 19 s from one address, each for another name, were never slowed. */
    @Test
    void fortyWrongPasswordsFromOneAddressForDifferentNamesAreRefusedOnceTenHaveFailed() {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> response = new VaadinHttp(port).postLogin("guess-" + i, "wrong");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }

        assertThat(statuses.subList(0, 10)).containsOnly(302);
        assertThat(statuses.subList(10, 40)).containsOnly(429);
        assertThat(refused).isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("6");
        assertThat(refused.body()).contains("6 秒ほどお待ちいただいてから", "Please wait about 6 seconds");
        assertThat(addressEntries()).as("one entry for 30 refusals").hasSize(1);

        clock.advance(Duration.ofSeconds(6)); // one attempt earned back
        assertThat(new VaadinHttp(port).postLogin("guess-40", "wrong").statusCode()).isEqualTo(302);
        assertThat(new VaadinHttp(port).postLogin("guess-41", "wrong").statusCode()).isEqualTo(429);
        assertThat(addressEntries()).as("still within the audited window").hasSize(1);
    }

    @Test
    void theAddressLimitRefusesEvenTheRightPasswordUntilTheBucketRefillsAndCountsOnlyFailures() {
        String name = newUser("throttle-address");
        for (int i = 0; i < 12; i++) {
            new VaadinHttp(port).signIn("viewer", "demo"); // successes spend nothing
        }
        for (int i = 0; i < 10; i++) {
            new VaadinHttp(port).postLogin("guess-" + i, "wrong");
        }
        VaadinHttp user = new VaadinHttp(port);
        assertThat(user.postLogin(name, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(PlainHttp.redirectPath(user.get("/results"))).as("signed in?").isEqualTo("/login");

        clock.advance(Duration.ofMinutes(1));
        new VaadinHttp(port).signIn(name, PASSWORD);
    }

    /** An attacker who knows a login cannot keep its user out: the user signs in once the short wait is over. */
    @Test
    void anAttackersWrongPasswordsDoNotStopTheUserSigningInAfterTheBackOff() {
        String name = newUser("throttle-victim");
        for (int i = 0; i < 5; i++) {
            assertThat(location(new VaadinHttp(port).postLogin(name, "attack-" + i))).endsWith("/login?error");
        }
        for (int i = 0; i < 3; i++) { // the attacker goes on, as fast as the back-off lets them
            assertThat(location(new VaadinHttp(port).postLogin(name, "attack"))).endsWith("/login?error=wait&seconds="
                    + (1 << i));
            clock.advance(Duration.ofSeconds(1L << i));
            assertThat(location(new VaadinHttp(port).postLogin(name, "attack"))).endsWith("/login?error");
        }

        clock.advance(Duration.ofSeconds(8));
        new VaadinHttp(port).signIn(name, PASSWORD);
    }

    @Test
    void theRightPasswordDuringTheBackOffIsRefusedWithTheWaitAndSignsNobodyIn() {
        String name = newUser("throttle-right");
        for (int i = 0; i < 5; i++) {
            new VaadinHttp(port).postLogin(name, "wrong");
        }
        VaadinHttp tab = new VaadinHttp(port);

        HttpResponse<String> right = tab.postLogin(name, PASSWORD);
        HttpResponse<String> wrong = new VaadinHttp(port).postLogin(name, "wrong");

        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(location(right)).endsWith("/login?error=wait&seconds=1").isEqualTo(location(wrong));
        assertThat(PlainHttp.redirectPath(tab.get("/results"))).as("signed in?").isEqualTo("/login");
        assertThat(accountEntries(name)).as("the start of the back-off, once").hasSize(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String newUser(String name) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        return name;
    }

    private List<AuditEntry> addressEntries() {
        return SystemActor.call(() -> audit.find(
                new AuditFilter(AuditAction.SIGN_IN_ADDRESS_THROTTLED, null, null, null), 0, 50)).stream().filter(entry -> !entry.getOccurredAt().isBefore(clock.instant().minusSeconds(60)))
                .toList();
    }

    private List<AuditEntry> accountEntries(String name) {
        return SystemActor.call(
                () -> audit.find(new AuditFilter(AuditAction.SIGN_IN_THROTTLED, name, null, null), 0, 50));
    }
}
