@NullMarked
package jp.osaka.renkei.goal.ui;

import org.jspecify.annotations.NullMarked;
