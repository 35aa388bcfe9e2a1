/**
 * Data at scale: a generator of national-scale survey data and benchmarks of the aggregations on it
 * (docs/performance.md). Commands of the app, run under their own profiles, never in normal operation.
 */
@NullMarked
package jp.osaka.renkei.scale;

import org.jspecify.annotations.NullMarked;
