/**
 * 集計結果: read-only queries over submitted answers (counts of wards per level, the ward × item
 * view, the mutual pair), the findings drawn from them, and the report of a round.
 */
@NullMarked
package jp.osaka.renkei.results;

import org.jspecify.annotations.NullMarked;
