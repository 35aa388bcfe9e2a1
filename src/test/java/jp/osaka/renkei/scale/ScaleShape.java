package jp.osaka.renkei.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@link ScaleDataGenerator} writes: {@code renkei.generate.*}. The defaults are the national scale of
 * docs/performance.md: 1,741 areas (the 24 wards and 1,717 more), 20 rounds up to {@code lastYear}, both instruments of
 * 12 items. A blank password means that nobody can sign in as a generated user. With {@code openRound} one more
 * round, the year after {@code lastYear}, is open for answering and has no responses yet (the load test's round).
 */
@ConfigurationProperties("renkei.generate")
record ScaleShape(@DefaultValue("42") long seed, @DefaultValue("1741") int areas, @DefaultValue("20") int rounds,
        @DefaultValue("2025") int lastYear, @DefaultValue("") String password, @DefaultValue("false") boolean openRound) {

    void check() {
        if (areas < 24 || rounds < 1) {
            throw new IllegalArgumentException("renkei.generate: at least the 24 wards and one round");
        }
    }

    int firstYear() {
        return lastYear - rounds + 1;
    }
}
