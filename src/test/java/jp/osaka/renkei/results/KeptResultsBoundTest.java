package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

/** The kept results stay within their bound, and say in the metrics how they are used. */
class KeptResultsBoundTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aCacheHoldsNoMoreThanItsBoundAndCountsItsHitsMissesAndEvictions() {
        Cache<Integer, String> cache = new KeptResults(registry, 10).cache("instruments");

        for (int key = 0; key < 100; key++) {
            cache.get(key, String::valueOf);
        }
        cache.get(99, String::valueOf);
        cache.cleanUp();

        assertThat(cache.estimatedSize()).isLessThanOrEqualTo(10);
        String name = "renkei.results.kept.instruments";
        assertThat(registry.get("cache.gets").tag("cache", name).tag("result", "miss").functionCounter().count())
                .isEqualTo(100);
        assertThat(registry.get("cache.gets").tag("cache", name).tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("cache.evictions").tag("cache", name).functionCounter().count())
                .isGreaterThanOrEqualTo(90);
        assertThat(registry.get("cache.size").tag("cache", name).gauge().value()).isLessThanOrEqualTo(10);
    }
}
