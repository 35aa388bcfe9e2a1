package jp.osaka.renkei.results;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where the results of published rounds are kept once counted (see {@link ResultsService}): bounded caches of at
 * most {@code renkei.results.kept-entries} entries each, the least used dropped first, with Micrometer's cache
 * metrics ({@code cache.gets} hit/miss, {@code cache.size}, {@code cache.evictions}; tag {@code cache}
 * {@value #PREFIX}.&lt;name&gt;) at /actuator/metrics. An entry dropped is counted again when asked for: the bound
 * costs time, never a wrong count.
 */
@Component
class KeptResults {

    static final String PREFIX = "renkei.results.kept";

    private final MeterRegistry registry;
    private final long maximumEntries;

    @Autowired
    KeptResults(MeterRegistry registry, ResultsProperties settings) {
        this(registry, settings.keptEntries());
    }

    KeptResults(MeterRegistry registry, long maximumEntries) {
        this.registry = registry;
        this.maximumEntries = maximumEntries;
    }

    /** A new bounded cache, named in the metrics {@value #PREFIX}.{@code name}. */
    <K, V> Cache<K, V> cache(String name) {
        Cache<K, V> cache = Caffeine.newBuilder().maximumSize(maximumEntries).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, PREFIX + "." + name);
        return cache;
    }
}
