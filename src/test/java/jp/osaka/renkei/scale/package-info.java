/**
 * Data at scale: a generator of national-scale survey data and benchmarks of the aggregations on it
 * (docs/performance.md). Test code, not part of the jar (docs/decisions/0015-tools-outside-the-jar.md): the app
 * runs them with its test classes ({@code ./mvnw spring-boot:test-run}) under their own profiles.
 */
@NullMarked
package jp.osaka.renkei.scale;

import org.jspecify.annotations.NullMarked;
