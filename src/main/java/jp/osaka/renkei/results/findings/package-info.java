/**
 * 所見の自動生成: one small rule per sentence of DESIGN.md's "Findings rules", each comparing an
 * instrument's counts in a round with its comparison round. Internal to the results module.
 */
@NullMarked
package jp.osaka.renkei.results.findings;

import org.jspecify.annotations.NullMarked;
