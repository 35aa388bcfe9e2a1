package jp.osaka.renkei.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.Application;
import jp.osaka.renkei.IntegrationTestDatabase;
import jp.osaka.renkei.IntegrationTestServer;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances of the app in this JVM, as behind a load balancer (docs/performance.md, "More than one machine"):
 * each on a random port with its own route, both on the same database. What one saves the other shows, and each
 * session id carries its instance's route, also after the new id that signing in gives, and only that instance
 * knows the session.
 */
@ExtendWith(IntegrationTestServer.Required.class)
class TwoInstancesIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static final int FISCAL_YEAR = 2094;
    private static final String USER = "ward-two-instances";
    private static final String PASSWORD = "it-password-" + USER;

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static SurveyFixture fixture;
    private static SecurityContextHolderStrategy strategyBefore;

    @BeforeAll
    static void startTwoInstances() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        a = start("a");
        b = start("b");
        fixture = on(a, () -> new SurveyFixture(a.getBean(UserAccountService.class), a.getBean(RoundService.class),
                a.getBean(JdbcTemplate.class), a.getBean(Clock.class)));
        on(a, () -> {
            fixture.openRound(FISCAL_YEAR);
            fixture.user(USER, Role.WARD_OFFICE, 1L);
            return null;
        });
    }

    @AfterAll
    static void stopThem() {
        if (fixture != null) {
            fixture.removeAll();
        }
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        // for the tests after these in this JVM: Vaadin set its own at each start
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @Test
    void anAnswerSavedOnOneInstanceIsSeenOnTheOther() {
        ResponseKey key = new ResponseKey(FISCAL_YEAR, 1, RespondentType.WARD_OFFICE);
        RenkeiUser user = on(a, () -> a.getBean(UserAccountService.class).loadUserByUsername(USER));
        AnswerSheet empty = on(a, () -> RunAs.call(user, () -> a.getBean(ResponseService.class).sheet(key)));
        long item = empty.lines().getFirst().itemId();

        on(a, () -> RunAs.call(user, () -> a.getBean(ResponseService.class).saveDraft(key,
                List.of(new AnswerInput(item, Level.VERY_WELL, "A で保存")), empty.version())));
        AnswerSheet seen = on(b, () -> RunAs.call(user, () -> b.getBean(ResponseService.class).sheet(key)));

        assertThat(seen.lines().getFirst().level()).isEqualTo(Level.VERY_WELL);
        assertThat(seen.lines().getFirst().comment()).isEqualTo("A で保存");
    }

    @Test
    void eachInstanceEndsItsSessionIdsWithItsRouteAlsoAfterSigningIn() throws Exception {
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            String route = instance == a ? "a" : "b";
            HttpResponse<String> loginPage = send(instance, HttpRequest.newBuilder().GET(), "/login", null);
            String before = sessionCookie(loginPage);
            Matcher token = CSRF_META.matcher(loginPage.body());
            assertThat(token.find()).as("the login page's CSRF token").isTrue();
            HttpResponse<String> signedIn = send(instance, HttpRequest.newBuilder()
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD
                            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))),
                    "/login", before);
            String after = sessionCookie(signedIn);

            assertThat(before).endsWith("." + route);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(after).as("a new id at sign-in, on the same instance").isNotEqualTo(before).endsWith("." + route);
            ConfigurableApplicationContext other = instance == a ? b : a;
            assertThat(send(instance, HttpRequest.newBuilder().GET(), "/", after).statusCode()).isEqualTo(200);
            assertThat(send(other, HttpRequest.newBuilder().GET(), "/", after).headers().firstValue("Location"))
                    .as("the other instance does not know the session: why the balancer must be sticky")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    /** Sign out everywhere reaches the sessions of every instance: their rows in user_session are shared. */
    @Test
    void anAdministratorsEndAllOnOneInstanceEndsTheUsersSessionOnTheOther() throws Exception {
        String onA = signIn(a);
        assertThat(send(a, HttpRequest.newBuilder().GET(), "/", onA).statusCode()).as("recorded").isEqualTo(200);
        long id = on(b, () -> b.getBean(UserAccountService.class).findByUsername(USER).orElseThrow().id());

        int ended = on(b, () -> SystemActor.call(() -> b.getBean(SignedInSessions.class).endAllOf(id)));

        assertThat(ended).as("this one and any of the other test's").isPositive();
        // each instance reads the session stamp at most once a second (docs/decisions/0020): ended within that
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        Optional<String> location = Optional.empty();
        while (System.nanoTime() < deadline && !location.filter(l -> l.endsWith("/login")).isPresent()) {
            location = send(a, HttpRequest.newBuilder().GET(), "/", onA).headers().firstValue("Location");
            Thread.sleep(50); // a poll, not a wait for something to happen by then
        }
        assertThat(location).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** The login form's POST with the login page's CSRF token; the new session id. */
    private static String signIn(ConfigurableApplicationContext instance) throws Exception {
        HttpResponse<String> loginPage = send(instance, HttpRequest.newBuilder().GET(), "/login", null);
        Matcher token = CSRF_META.matcher(loginPage.body());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        HttpResponse<String> signedIn = send(instance, HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))),
                "/login", sessionCookie(loginPage));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return sessionCookie(signedIn);
    }

    private static ConfigurableApplicationContext start(String route) {
        return new SpringApplicationBuilder(Application.class).profiles("mysql")
                .initializers(new IntegrationTestDatabase())
                .run("--server.port=0", "--renkei.instance-route=" + route); // stronger than ./config's PORT
    }

    /** Runs the work with the instance's own security context holder: Vaadin sets it JVM-wide at each start. */
    private static <T> T on(ConfigurableApplicationContext instance, Supplier<T> work) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext instance, HttpRequest.Builder request,
            String path, String sessionId) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        request.uri(URI.create("http://localhost:" + port + path));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length()).replaceFirst(";.*$", "")).findFirst()
                .orElseThrow(() -> new AssertionError("no new session cookie: HTTP " + response.statusCode()));
    }
}
