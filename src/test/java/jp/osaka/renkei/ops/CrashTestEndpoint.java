package jp.osaka.renkei.ops;

import java.util.Map;
import java.util.TreeMap;

import jp.osaka.renkei.OwnMariaDb;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test code only, in the app that {@link CrashRecoveryIT} starts as a child JVM with the profile
 * crash-test: the writers' saves over HTTP, each straight into the same services and transactions that
 * 回答入力 calls (Vaadin's own protocol would add nothing to what is being tested, which is what the
 * database keeps of an acknowledged save). Never on the classpath of the app as shipped.
 */
@RestController
@RequestMapping("/crash-test")
@Profile("crash-test")
class CrashTestEndpoint {

    private final ResponseService responses;
    private final RoundService rounds;
    private final ResultsService results;
    private final Map<Integer, ServiceApp> apps = new TreeMap<>();

    CrashTestEndpoint(ResponseService responses, RoundService rounds, ResultsService results) {
        this.responses = responses;
        this.rounds = rounds;
        this.results = results;
    }

    @PostMapping("/open")
    String open(@RequestParam int year) {
        ServiceApp.openRound(rounds, year);
        return "open";
    }

    /** Saves one item; {@code pause} milliseconds of work first (a slow request, for graceful shutdown). */
    @PostMapping("/save")
    String save(@RequestParam int year, @RequestParam long ward, @RequestParam int item, @RequestParam Level level,
            @RequestParam String comment, @RequestParam long version, @RequestParam(defaultValue = "0") long pause) {
        OwnMariaDb.sleep(pause);
        return Long.toString(app(year).save(ward, item, level, comment, version));
    }

    @PostMapping("/submit")
    String submit(@RequestParam int year, @RequestParam long ward, @RequestParam long version) {
        return Long.toString(app(year).submit(ward, version));
    }

    /** "version submitted", e.g. "7 false". */
    @GetMapping("/progress")
    String progress(@RequestParam int year, @RequestParam long ward) {
        AnswerWriters.Progress progress = app(year).progress(ward);
        return progress.version() + " " + progress.submitted();
    }

    /** What 集計結果 shows, a line "item/LEVEL count" each. */
    @GetMapping("/counts")
    String counts(@RequestParam int year) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(ServiceApp.shownCounts(results, year))
                .forEach((key, count) -> lines.append(key).append(' ').append(count).append('\n'));
        return lines.toString();
    }

    private synchronized ServiceApp app(int year) {
        return apps.computeIfAbsent(year, y -> new ServiceApp(responses, y));
    }

    /** The endpoint has no session and no CSRF token: a filter chain of its own lets it through. */
    @Configuration
    @Profile("crash-test")
    static class Security {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain crashTestFilterChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/crash-test/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(AbstractHttpConfigurer::disable)
                    .build();
        }
    }
}
