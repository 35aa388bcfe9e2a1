/** The screens of 集計結果, 相互評価 and 資料. */
@NullMarked
package jp.osaka.renkei.results.ui;

import org.jspecify.annotations.NullMarked;
